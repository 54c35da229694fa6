import type { Reason, RecommendedStep } from '@praktijkscan/recommendations';
import type { ScoreResult, ScoreWithCoverage } from '@praktijkscan/scoring';
import {
  jsonNumber,
  jsonNumberOrNull,
  jsonNumbers,
  jsonScalarOrList,
  jsonString,
  jsonStrings,
} from './json-text';
import type { BatchLine } from './types';

// Why this exists: `JSON.stringify` of a line's outcome was about a sixth of `batch`'s time per
// line (issue 20), most of it spent finding out, key by key, what the result's fixed shape already
// says: which keys there are, in which order, and what kind of value each holds. These functions
// write the fields in the order the result's builders create them (`scoreResponse`,
// `recommendSync`, batch's own outcome), so the bytes are `JSON.stringify`'s; a property test
// holds them to `JSON.stringify` on generated responses scored through the real pipeline, so a
// field added to a result (or reordered) fails it until it is written here too.

/** A record of scores (aspects, sections, themes) by id, in its own key order, as JSON writes it. */
function scoresByIdJson(record: Readonly<Record<string, ScoreWithCoverage>>): string {
  // Object.keys is JSON.stringify's order (integer-like keys first, then insertion order).
  const keys = Object.keys(record);
  let text = '{';
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const score = record[key] as ScoreWithCoverage;
    if (index > 0) text += ',';
    text += `${jsonString(key)}:{"score":${jsonNumberOrNull(score.score)},"coverage":${jsonNumberOrNull(score.coverage)}}`;
  }
  return `${text}}`;
}

function inkPhaseJson(inkPhase: ScoreResult['inkPhase']): string {
  const { attained, next } = inkPhase;
  const nextText =
    next === null
      ? 'null'
      : `{"phase":${jsonNumber(next.phase)},"progress":${jsonNumberOrNull(next.progress)},"earliestDate":${jsonString(next.earliestDate)},"typicalDate":${jsonString(next.typicalDate)}}`;
  return `{"phase":${jsonNumber(inkPhase.phase)},"attained":{"1":${attained['1']},"2":${attained['2']},"3":${attained['3']},"4":${attained['4']},"5":${attained['5']}},"next":${nextText}}`;
}

function selfAssessmentJson(self: ScoreResult['selfAssessment']): string {
  if (self === null) return 'null';
  return `{"item":${jsonString(self.item)},"value":${jsonNumberOrNull(self.value)},"max":${jsonNumber(self.max)},"score":${jsonNumberOrNull(self.score)}}`;
}

function ideasJson(ideas: ScoreResult['ideas']): string {
  let text = '[';
  for (let index = 0; index < ideas.length; index += 1) {
    const idea = ideas[index] as ScoreResult['ideas'][number];
    if (index > 0) text += ',';
    text += `{"id":${jsonString(idea.id)},"title":${jsonString(idea.title)},"effect":${jsonNumber(idea.effect)},"energy":${jsonNumber(idea.energy)},"quadrant":${jsonString(idea.quadrant)}}`;
  }
  return `${text}]`;
}

/**
 * A `ScoreResult` as JSON text: the bytes of `JSON.stringify(result)`, written field by field in
 * the order `scoreResponse` builds them.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { scoreResponse } from '@praktijkscan/scoring';
 *
 * const result = scoreResponse(sampleHalfway);
 * scoreResultJson(result) === JSON.stringify(result); // true
 * ```
 */
export function scoreResultJson(result: ScoreResult): string {
  const { completeness } = result;
  return `{"questionnaire":{"id":${jsonString(result.questionnaire.id)},"version":${jsonString(result.questionnaire.version)}},"practiceId":${jsonString(result.practiceId)},"completedOn":${jsonString(result.completedOn)},"overall":${jsonNumberOrNull(result.overall)},"aspects":${scoresByIdJson(result.aspects)},"sections":${scoresByIdJson(result.sections)},"themes":${scoresByIdJson(result.themes)},"inkPhase":${inkPhaseJson(result.inkPhase)},"completeness":{"answered":${jsonNumber(completeness.answered)},"applicable":${jsonNumber(completeness.applicable)},"missing":${jsonStrings(completeness.missing)}},"selfAssessment":${selfAssessmentJson(result.selfAssessment)},"ideas":${ideasJson(result.ideas)}}`;
}

function reasonsJson(reasons: readonly Reason[]): string {
  let text = '[';
  for (let index = 0; index < reasons.length; index += 1) {
    const reason = reasons[index] as Reason;
    if (index > 0) text += ',';
    text += `{"rule":${jsonString(reason.rule)},"fact":${jsonString(reason.fact)},"operator":${jsonString(reason.operator)},"expected":${jsonScalarOrList(reason.expected)},"actual":${jsonScalarOrList(reason.actual)},"text":${jsonString(reason.text)}}`;
  }
  return `${text}]`;
}

/**
 * A `RecommendedStep` as JSON text: the bytes of `JSON.stringify(step)`, written field by field in
 * the order `recommendSync` builds them.
 *
 * @example
 * ```ts
 * const steps = recommendSync(result, response, { asOf: '2026-11-22' });
 * recommendedStepJson(steps[0]) === JSON.stringify(steps[0]); // true
 * ```
 */
export function recommendedStepJson(step: RecommendedStep): string {
  return `{"id":${jsonString(step.id)},"title":${jsonString(step.title)},"description":${jsonString(step.description)},"rationale":${jsonString(step.rationale)},"source":{"seed":${jsonString(step.source.seed)},"heading":${jsonString(step.source.heading)}},"pdcaPhase":${jsonString(step.pdcaPhase)},"nivelStep":${jsonNumber(step.nivelStep)},"toolboxStep":${jsonNumber(step.toolboxStep)},"igjTheme":${jsonString(step.igjTheme)},"aspects":${jsonStrings(step.aspects)},"roles":${jsonStrings(step.roles)},"bottlenecks":${jsonStrings(step.bottlenecks)},"digitisationDomains":${jsonStrings(step.digitisationDomains)},"inkPhases":${jsonNumbers(step.inkPhases)},"maintenance":${step.maintenance},"effect":${jsonNumber(step.effect)},"energy":${jsonNumber(step.energy)},"rated":${step.rated},"quadrant":${jsonString(step.quadrant)},"startBy":${jsonString(step.startBy)},"evaluateOn":${jsonString(step.evaluateOn)},"reasons":${reasonsJson(step.reasons)}}`;
}

function recommendationsJson(steps: readonly RecommendedStep[]): string {
  let text = '[';
  for (let index = 0; index < steps.length; index += 1) {
    if (index > 0) text += ',';
    text += recommendedStepJson(steps[index] as RecommendedStep);
  }
  return `${text}]`;
}

/**
 * One line of `praktijkscan batch`'s output (without its newline): the bytes of
 * `JSON.stringify(outcome)`, written without asking JSON.stringify to discover the outcome's fixed
 * shape key by key, which cost about a sixth of `batch`'s time per line.
 *
 * @example
 * ```ts
 * batchLineJson({ line: 3, ok: false, error: { code: 'blank-line', message: 'the line is blank', issues: [] } });
 * // '{"line":3,"ok":false,"error":{"code":"blank-line","message":"the line is blank","issues":[]}}'
 * ```
 */
export function batchLineJson(outcome: BatchLine): string {
  if (!outcome.ok) {
    const { error } = outcome;
    let issues = '[';
    for (let index = 0; index < error.issues.length; index += 1) {
      const issue = error.issues[index] as (typeof error.issues)[number];
      if (index > 0) issues += ',';
      issues += `{"pointer":${jsonString(issue.pointer)},"code":${jsonString(issue.code)},"message":${jsonString(issue.message)}}`;
    }
    return `{"line":${jsonNumber(outcome.line)},"ok":false,"error":{"code":${jsonString(error.code)},"message":${jsonString(error.message)},"issues":${issues}]}}`;
  }
  const head = `{"line":${jsonNumber(outcome.line)},"ok":true,"practiceId":${jsonString(outcome.practiceId)},"result":${scoreResultJson(outcome.result)}`;
  return outcome.recommendations === undefined
    ? `${head}}`
    : `${head},"recommendations":${recommendationsJson(outcome.recommendations)}}`;
}
