import { questionnaireStructures } from '../questionnaire/structures';
import type { QuestionnaireItemStructure, QuestionnaireStructure } from '../questionnaire/types';
import { parseResponse } from '../response/parse';
import type { Answer, PracticeResponse } from '../response/types';
import type { LocalizedText } from '../shared/text';
import { MigrationError } from './errors';
import { migrationMaps } from './maps';
import type { ItemMigration, MigrationMap } from './schema';
import { en } from './texts/en';
import { nl } from './texts/nl';
import type { MigrationTexts } from './texts/types';

/** What `migrateResponse` is asked to do. */
export interface MigrateResponseOptions {
  /** The published version to migrate to, e.g. `'2.0.0'`. */
  readonly to: string;
}

/** What became of one item's answer in one step of a migration. */
export interface MigrationChange {
  /** The version the step starts from, and the one it leads to. */
  readonly fromVersion: string;
  readonly toVersion: string;
  /** The item of `fromVersion`. */
  readonly item: string;
  readonly kind: ItemMigration['kind'];
  /** The items of `toVersion` it went to (none where dropped). */
  readonly into: readonly string[];
  /** Its answer before the step, where it had one. */
  readonly before?: Answer;
  /** The answer the target item got, where it got one. */
  readonly after?: Answer;
  /** The change in words, with the reason where the map gives one. */
  readonly text: LocalizedText;
}

/** A migrated response and every change that made it. */
export interface MigrationResult {
  readonly response: PracticeResponse;
  readonly changes: readonly MigrationChange[];
}

const texts: Readonly<Record<'nl' | 'en', MigrationTexts>> = { nl, en };

function structureOf(version: string): QuestionnaireStructure {
  const found = questionnaireStructures.find((candidate) => candidate.version === version);
  // Only reached for versions taken from the published list or a map checked against it.
  if (!found) throw new Error(`No published questionnaire ${version}`);
  return found;
}

/** Whether `value` is a valid answer to `item`. */
function accepts(item: QuestionnaireItemStructure, value: Answer): boolean {
  if (value === 'na') return item.allowsNotApplicable;
  return value <= (item.scale === 'yes-no' ? 1 : 4);
}

/** The answer `rule` "max" gives: the highest number; "na" where all are "na" and it is allowed. */
function combineMax(
  item: QuestionnaireItemStructure,
  values: readonly Answer[],
): Answer | undefined {
  const numbers = values.filter((value): value is number => value !== 'na');
  if (numbers.length > 0) return Math.max(...numbers);
  return values.length > 0 && item.allowsNotApplicable ? 'na' : undefined;
}

function words(build: (language: MigrationTexts) => string, note?: LocalizedText): LocalizedText {
  const sentence = (language: 'nl' | 'en') =>
    [build(texts[language]), note?.[language]].filter(Boolean).join(' ');
  return { nl: sentence('nl'), en: sentence('en') };
}

/** One step: the answers of `map.from` become answers of `map.to`, with every change in words. */
function step(
  answers: Readonly<Record<string, Answer>>,
  map: MigrationMap,
): { answers: Record<string, Answer>; changes: MigrationChange[] } {
  const from = structureOf(map.from);
  const to = structureOf(map.to);
  const toItems = new Map(to.items.map((item) => [item.id, item]));
  const next: Record<string, Answer> = {};
  const changes: MigrationChange[] = [];
  const answerOf = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
  const change = (
    item: string,
    kind: ItemMigration['kind'],
    into: readonly string[],
    after: Answer | undefined,
    text: LocalizedText,
  ): MigrationChange => {
    const before = answerOf(item);
    return {
      fromVersion: map.from,
      toVersion: map.to,
      item,
      kind,
      into,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
      text,
    };
  };
  // Merged items, grouped by target in the order of the old questionnaire.
  const mergedSources = new Map<string, string[]>();
  for (const item of from.items) {
    const migration = map.items[item.id];
    if (migration?.kind === 'merged') {
      mergedSources.set(migration.into, [...(mergedSources.get(migration.into) ?? []), item.id]);
    }
  }
  for (const item of from.items) {
    const migration = map.items[item.id];
    if (!migration) continue; // a checked map maps every item
    const before = answerOf(item.id);
    if (migration.kind === 'carried') {
      const targetId = migration.to ?? item.id;
      const target = toItems.get(targetId);
      if (!target) continue;
      if (before !== undefined && !accepts(target, before)) {
        changes.push(
          change(
            item.id,
            'carried',
            [targetId],
            undefined,
            words((t) => t.notAccepted(item.id, targetId)),
          ),
        );
        continue;
      }
      if (before !== undefined) next[targetId] = before;
      if (targetId !== item.id || migration.note) {
        const text =
          targetId === item.id
            ? words((t) => t.carried(item.id), migration.note)
            : words((t) => t.renamed(item.id, targetId), migration.note);
        changes.push(change(item.id, 'carried', [targetId], before, text));
      }
    } else if (migration.kind === 'merged') {
      const target = toItems.get(migration.into);
      const sources = mergedSources.get(migration.into) ?? [];
      if (!target) continue;
      const values = sources.map(answerOf).filter((value) => value !== undefined);
      const combined = combineMax(target, values);
      if (combined !== undefined) next[migration.into] = combined;
      const others = sources.filter((source) => source !== item.id);
      changes.push(
        change(
          item.id,
          'merged',
          [migration.into],
          combined,
          words(
            (t) =>
              t.merged(
                item.id,
                others,
                migration.into,
                combined === undefined ? undefined : t.answer(combined),
              ),
            migration.note,
          ),
        ),
      );
    } else if (migration.kind === 'split') {
      const notApplicable =
        before === 'na' &&
        migration.notApplicableCarried === true &&
        migration.into.every((id) => toItems.get(id)?.allowsNotApplicable === true);
      if (notApplicable) {
        for (const id of migration.into) next[id] = 'na';
        changes.push(
          change(
            item.id,
            'split',
            migration.into,
            'na',
            words((t) => t.splitNotApplicable(item.id, migration.into), migration.note),
          ),
        );
        continue;
      }
      changes.push(
        change(
          item.id,
          'split',
          migration.into,
          undefined,
          words((t) => t.split(item.id, migration.into), migration.note),
        ),
      );
    } else {
      changes.push(
        change(
          item.id,
          'dropped',
          [],
          undefined,
          words((t) => t.dropped(item.id), migration.note),
        ),
      );
    }
  }
  return { answers: next, changes };
}

/**
 * Migrates a response to a later published version of its questionnaire, one migration map at a
 * time (1.0.0 → 2.0.0 → …): carried answers keep their value, merged items get the answer the
 * map's rule combines, split and new items stay missing (coverage shows it), dropped items go.
 * Returns the migrated response, parsed against the target version, and every change per item in
 * words (nl/en). A response already at the target is returned as parsed, with no changes.
 *
 * @throws {ResponseValidationError} where the response itself is not valid.
 * @throws {MigrationError} where `to` is not a published version, or older than the response's.
 * @example
 * ```ts
 * import { migrateResponse } from '@praktijkscan/model';
 * import { sampleHalfwayV1 } from '@praktijkscan/model/samples';
 * const { response, changes } = migrateResponse(sampleHalfwayV1, { to: '2.0.0' });
 * response.questionnaire.version; // '2.0.0'
 * changes.find((change) => change.item === 'password-management')?.kind; // 'dropped'
 * ```
 */
export function migrateResponse(
  response: unknown,
  options: MigrateResponseOptions,
): MigrationResult {
  const target = (options as { to?: unknown } | null | undefined)?.to;
  const known = questionnaireStructures.map((candidate) => candidate.version);
  if (typeof target !== 'string') {
    throw new MigrationError([
      {
        code: 'invalid-options',
        path: ['to'],
        message: 'Give the version to migrate to, e.g. "2.0.0".',
        params: { known: known.join(', ') },
      },
    ]);
  }
  const targetIndex = known.indexOf(target);
  if (targetIndex === -1) {
    throw new MigrationError([
      {
        code: 'unknown-target-version',
        path: ['to'],
        message: `Unknown version "${target.slice(0, 40)}"; known: ${known.join(', ')}.`,
        params: { version: target.slice(0, 40), known: known.join(', ') },
      },
    ]);
  }
  const parsed = parseResponse(response);
  const fromIndex = known.indexOf(parsed.questionnaire.version);
  if (targetIndex < fromIndex) {
    throw new MigrationError([
      {
        code: 'downgrade',
        path: ['to'],
        message: `The response answers ${parsed.questionnaire.version}; it cannot be migrated back to ${target}.`,
        params: { version: target, from: parsed.questionnaire.version },
      },
    ]);
  }
  if (targetIndex === fromIndex)
    return Object.freeze({ response: parsed, changes: Object.freeze([]) });
  let answers: Readonly<Record<string, Answer>> = parsed.answers;
  const changes: MigrationChange[] = [];
  for (let index = fromIndex; index < targetIndex; index += 1) {
    const map = migrationMaps.find((candidate) => candidate.from === known[index]);
    if (!map || map.to !== known[index + 1]) {
      throw new Error(`No migration map from ${known[index]} to ${known[index + 1]}`);
    }
    const stepped = step(answers, map);
    answers = stepped.answers;
    changes.push(...stepped.changes);
  }
  const migrated = parseResponse({
    ...parsed,
    questionnaire: { id: parsed.questionnaire.id, version: target },
    answers,
  });
  return Object.freeze({
    response: migrated,
    changes: Object.freeze(changes.map((entry) => Object.freeze(entry))),
  });
}
