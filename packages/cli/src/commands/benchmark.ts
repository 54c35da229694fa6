import { type Locale, qualityAspectIds } from '@praktijkscan/model';
import type { RegionalAggregate } from '@praktijkscan/report-data';
import { CliError } from '../errors';
import { type CliIo, readInput } from '../io';
import { parseJsonAt } from '../json-position';
import { textsFor } from '../locales';
import { inputName } from './load';

/** One problem of an aggregate file: where (a JSON Pointer) and what. */
interface AggregateIssue {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

/** The most problems listed: a wrong file says what is wrong without flooding the terminal. */
const maxIssues = 20;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Checks an aggregate as `batch` writes it; every problem, with its pointer. */
function checkAggregate(value: unknown, locale: Locale): AggregateIssue[] {
  const t = textsFor(locale).inputErrors.aggregate;
  const issues: AggregateIssue[] = [];
  const add = (pointer: string, code: string, message: string) =>
    issues.push({ pointer, code, message });
  const keys = (object: Record<string, unknown>, pointer: string, allowed: readonly string[]) => {
    for (const key of allowed) if (!(key in object)) add(`${pointer}/${key}`, 'missing', t.missing);
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) add(`${pointer}/${key}`, 'unknown-key', t.unknownKey);
    }
  };
  const wholeNumber = (candidate: unknown, pointer: string, min: number) => {
    if (!Number.isSafeInteger(candidate) || (candidate as number) < min) {
      add(pointer, 'invalid-number', t.wholeNumber(min));
    }
  };
  const figures = (candidate: unknown, pointer: string) => {
    if (!isObject(candidate)) return add(pointer, 'invalid-type', t.object);
    keys(candidate, pointer, ['n', 'p25', 'median', 'p75']);
    if ('n' in candidate) wholeNumber(candidate.n, `${pointer}/n`, 0);
    const scores: number[] = [];
    for (const key of ['p25', 'median', 'p75'] as const) {
      if (!(key in candidate)) continue;
      const score = candidate[key];
      if (score === null) continue;
      if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
        add(`${pointer}/${key}`, 'invalid-score', t.score);
      } else scores.push(score);
    }
    const [p25, median, p75] = scores;
    if (scores.length === 3 && !((p25 ?? 0) <= (median ?? 0) && (median ?? 0) <= (p75 ?? 0))) {
      add(pointer, 'invalid-order', t.order);
    }
  };

  if (!isObject(value)) {
    add('', 'invalid-type', t.object);
    return issues;
  }
  if (typeof value.suppressed !== 'boolean') add('/suppressed', 'invalid-type', t.boolean);
  wholeNumber(value.minGroupSize, '/minGroupSize', 1);
  if (value.suppressed === true) {
    keys(value, '', ['suppressed', 'minGroupSize']);
    return issues;
  }
  if (value.suppressed !== false) return issues;
  keys(value, '', ['suppressed', 'minGroupSize', 'n', 'overall', 'aspects', 'inkPhases']);
  if ('n' in value) wholeNumber(value.n, '/n', 0);
  if ('overall' in value) figures(value.overall, '/overall');
  if ('aspects' in value) {
    if (!isObject(value.aspects)) add('/aspects', 'invalid-type', t.object);
    else {
      keys(value.aspects, '/aspects', qualityAspectIds);
      for (const id of qualityAspectIds) {
        if (id in value.aspects) figures(value.aspects[id], `/aspects/${id}`);
      }
    }
  }
  if ('inkPhases' in value) {
    const phases = ['0', '1', '2', '3', '4', '5'];
    if (!isObject(value.inkPhases)) add('/inkPhases', 'invalid-type', t.object);
    else {
      keys(value.inkPhases, '/inkPhases', phases);
      for (const phase of phases) {
        if (phase in value.inkPhases) {
          wholeNumber(value.inkPhases[phase], `/inkPhases/${phase}`, 0);
        }
      }
    }
  }
  return issues;
}

/**
 * The aggregate in a text: the aggregate line `batch` writes (`{"aggregate": …}`), the aggregate
 * object itself, or `batch`'s whole output, whose last line is the aggregate line.
 */
function aggregateValue(text: string): { value: unknown } | { syntax: [number, number] } {
  const whole = parseJsonAt(text);
  if (whole.ok) return { value: unwrap(whole.value) };
  // NDJSON (batch's whole output): every line is JSON of its own; the aggregate is the last.
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const first = lines.length > 1 ? parseJsonAt(lines[0] ?? '') : undefined;
  if (first?.ok) {
    const last = parseJsonAt(lines.at(-1) ?? '');
    if (last.ok) return { value: unwrap(last.value) };
  }
  return { syntax: [whole.position.line, whole.position.column] };
}

const unwrap = (value: unknown) =>
  isObject(value) && 'aggregate' in value && Object.keys(value).length === 1
    ? value.aggregate
    : value;

/**
 * Reads and checks the regional aggregate of `score --benchmark FILE`.
 *
 * @throws {CliError} exit 1 when it cannot be read, is not JSON, or is not an aggregate.
 */
export async function loadBenchmark(
  io: CliIo,
  source: string,
  locale: Locale,
): Promise<RegionalAggregate> {
  const what = `--benchmark ${inputName(source)}`;
  const texts = textsFor(locale).inputErrors;
  const text = await readInput(io, source, locale, what);
  const found = aggregateValue(text);
  if ('syntax' in found) throw new CliError(1, texts.notJson(what, ...found.syntax));
  const issues = isObject(found.value)
    ? checkAggregate(found.value, locale)
    : [{ pointer: '', code: 'not-aggregate', message: texts.aggregate.notAggregate }];
  if (issues.length > 0) {
    const lines = issues
      .slice(0, maxIssues)
      .map(
        (issue) =>
          `${issue.pointer === '' ? '(root)' : issue.pointer} ${issue.code} ${issue.message}`,
      );
    if (issues.length > maxIssues) lines.push(`… (${issues.length - maxIssues})`);
    throw new CliError(1, texts.invalidAggregate(what, issues.length), lines);
  }
  return found.value as unknown as RegionalAggregate;
}
