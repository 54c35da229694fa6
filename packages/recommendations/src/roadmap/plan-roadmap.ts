import {
  calendarDateRange,
  inkPhases,
  isLocale,
  isParsedResponse,
  type Locale,
  matrixQuadrants,
  type PracticeResponse,
  parseResponse,
  type RoleId,
} from '@praktijkscan/model';
import {
  addWeeksToDate,
  daysBetween,
  isCalendarDate,
  isResultOf,
  type MatrixRankable,
  quadrantOf,
} from '@praktijkscan/scoring';
import { recommendationStages } from '../catalog/stages';
import { type RecommendationId, recommendationStructure } from '../catalog/structure';
import {
  catalogIndexById,
  orderCatalogSteps,
  ratingCount,
  ratingIndexOf,
  ratingsPerScale,
} from '../engine/catalog-order';
import { fillTemplate, formatNumber } from '../engine/describe';
import { RecommendOptionsError } from '../engine/errors';
import { insertionSorted } from '../engine/insertion-sort';
import { quoted, readingInput } from '../engine/recommend';
import type { RecommendedStep } from '../engine/types';
import { en } from '../locales/en';
import { nl } from '../locales/nl';
import type { ReasonTexts } from '../locales/types';
import { datesOf } from './monitoring';
import type {
  AvoidEntry,
  CycleActivity,
  LaterReason,
  LaterStep,
  Roadmap,
  RoadmapInput,
  RoadmapNote,
  RoadmapQuarter,
  RoadmapStep,
} from './types';

/**
 * The project's choices (docs/recommendations.md, "The roadmap"): three new steps a quarter, four
 * quarters of 13 weeks (one year: seed 004 gives each INK phase at least one year, and the scan is
 * filled in again after a year), a practice's own idea started within 4 weeks and evaluated after
 * 12 (seed 001: "Evalueer na een aantal weken/maanden").
 *
 * @example
 * ```ts
 * import { roadmapDefaults } from '@praktijkscan/recommendations';
 * roadmapDefaults.capacity; // 3 (new steps a quarter unless a practice says otherwise)
 * ```
 */
export const roadmapDefaults = Object.freeze({
  capacity: 3,
  minCapacity: 1,
  maxCapacity: 10,
  quarters: 4,
  weeksPerQuarter: 13,
  ideaStartWithinWeeks: 4,
  ideaEvaluateAfterWeeks: 12,
});

const textsByLocale: Readonly<Record<Locale, ReasonTexts>> = { nl, en };
const neverDo = new Set(matrixQuadrants.filter((q) => !q.planned).map((q) => q.id));

// Whether each rating of 1 to 5 (effect, energy) falls in a never-do quadrant, worked out once
// rather than by working out each entry's quadrant and looking its name up in a set.
const neverDoByRating: boolean[] = new Array(ratingCount).fill(false);
for (let effect = 1; effect <= ratingsPerScale; effect += 1)
  for (let energy = 1; energy <= ratingsPerScale; energy += 1)
    neverDoByRating[ratingIndexOf(effect, energy) as number] = neverDo.has(
      quadrantOf(effect, energy),
    );

/** Whether an entry's rating puts it among the never-do entries. */
function isNeverDo(effect: number, energy: number): boolean {
  const index = ratingIndexOf(effect, energy);
  return index === undefined
    ? neverDo.has(quadrantOf(effect, energy))
    : (neverDoByRating[index] as boolean);
}

/** An entry to place: a fired catalog step or an idea of the practice. */
interface Candidate extends MatrixRankable {
  readonly kind: 'step' | 'idea';
  readonly title: string;
  readonly step?: RecommendedStep;
  readonly roles: readonly RoleId[];
  readonly afterPhase: number;
  readonly after: readonly string[];
  readonly startWithinWeeks: number;
  readonly evaluateAfterWeeks: number;
  readonly maintenance: boolean;
  readonly ideas: string[];
  /** Its place in the order of SCORING.md, from 1: set once the entries are ordered. */
  rank: number;
}

function checkInput(input: RoadmapInput): {
  response: PracticeResponse;
  capacity: number;
  locale: Locale;
} {
  if (input === null || typeof input !== 'object')
    throw new RecommendOptionsError('input', 'expected { steps, result, response, asOf }');
  if (!isCalendarDate(input.asOf))
    throw new RecommendOptionsError(
      'asOf',
      `expected a date YYYY-MM-DD from ${calendarDateRange.earliest} to ${calendarDateRange.latest}, got ${quoted(input.asOf)}`,
    );
  const locale = input.locale ?? 'nl';
  if (!isLocale(locale))
    throw new RecommendOptionsError('locale', `expected "nl" or "en", got ${quoted(locale)}`);
  const capacity = input.capacity === undefined ? roadmapDefaults.capacity : input.capacity;
  if (
    !Number.isInteger(capacity) ||
    capacity < roadmapDefaults.minCapacity ||
    capacity > roadmapDefaults.maxCapacity
  ) {
    throw new RecommendOptionsError(
      'capacity',
      `expected an integer from ${roadmapDefaults.minCapacity} to ${roadmapDefaults.maxCapacity}, got ${typeof capacity === 'number' ? capacity : quoted(capacity)}`,
    );
  }
  if (!Array.isArray(input.steps))
    throw new RecommendOptionsError('steps', 'expected the list recommend() returned');
  input.steps.forEach((step: unknown, index) => {
    const id = (step as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !catalogIndexById.has(id))
      throw new RecommendOptionsError(`steps.${index}.id`, 'unknown recommendation');
  });
  const response = isParsedResponse(input.response)
    ? input.response
    : parseResponse(input.response, { locale });
  if (!isResultOf(input.result, response))
    throw new RecommendOptionsError(
      'result',
      'the score result is not the result of this response (scoreResponse(response))',
    );
  if (daysBetween(response.completedOn, input.asOf) < 0)
    throw new RecommendOptionsError(
      'asOf',
      `${input.asOf} is before the completion date ${response.completedOn}`,
    );
  response.ideas.forEach((idea, index) => {
    const { relatesTo } = idea;
    if (relatesTo !== undefined && !catalogIndexById.has(relatesTo))
      throw new RecommendOptionsError(
        `response.ideas.${index}.relatesTo`,
        `unknown recommendation ${quoted(relatesTo)}`,
      );
  });
  return { response, capacity, locale };
}

/** Plan, do, check, act: do and act a quarter of the evaluation period after plan and check. */
function cycleOf(startBy: string, evaluateOn: string, evaluateAfterWeeks: number): CycleActivity[] {
  const lead = Math.max(1, Math.floor(evaluateAfterWeeks / 4));
  return [
    { phase: 'plan', on: startBy },
    { phase: 'do', on: addWeeksToDate(startBy, lead) },
    { phase: 'check', on: evaluateOn },
    { phase: 'act', on: addWeeksToDate(evaluateOn, lead) },
  ];
}

// Calendar dates YYYY-MM-DD compare as text in time order.
const laterOf = (a: string, b: string) => (b > a ? b : a);

/**
 * Turns the fired steps into a roadmap a GP team can carry out: staged by INK phase, sequenced by
 * the steps each comes after, and sized by `capacity` (new steps a quarter), over one year in
 * quarters of 13 weeks from `asOf`. Within those limits the order of SCORING.md decides. Never-do
 * entries are listed apart (`avoid`), notes about the scan itself too (`notes`); the practice's
 * own ideas are placed like steps, merged into the step their `relatesTo` names. The yearly scan
 * and the practice visit are dated from `monitoringDates`, the same dates a report shows.
 * Pure and deterministic: the same input gives the same roadmap.
 *
 * @throws {RecommendOptionsError} naming the field: a `capacity` that is not an integer from 1 to
 *   10, a step that is not in the catalog, an idea's `relatesTo` naming an unknown step, a result
 *   that is not the response's.
 * @example
 * ```ts
 * import { sampleStarting } from '@praktijkscan/model/samples';
 * import { scoreResponse } from '@praktijkscan/scoring';
 * import { planRoadmap, recommend } from '@praktijkscan/recommendations';
 *
 * const result = scoreResponse(sampleStarting);
 * const steps = await recommend(result, sampleStarting, { asOf: '2026-11-22', locale: 'en' });
 * const roadmap = planRoadmap({ steps, result, response: sampleStarting, asOf: '2026-11-22', locale: 'en' });
 * roadmap.focus.map((step) => step.title); // at most three steps to start now
 * ```
 */
export function planRoadmap(input: RoadmapInput): Roadmap {
  // Input that throws when read (a getter, a revoked Proxy) or is not shaped as documented (a
  // step without its reasons) is a RecommendOptionsError like any other bad input.
  return readingInput(() => plan(input));
}

/** What the roadmap reads of a catalog step, gathered once per step rather than on every call. */
interface StepPlanning {
  /** Its place in the catalog: fired steps are marked in a list by it rather than in a set. */
  readonly index: number;
  readonly note: boolean;
  readonly afterPhase: number;
  /** The ids of the entries it comes after, in the order of its stage, with their places. */
  readonly after: readonly string[];
  readonly afterIndexes: readonly number[];
  readonly startWithinWeeks: number;
  readonly evaluateAfterWeeks: number;
  readonly maintenance: boolean;
}

let planningById: ReadonlyMap<string, StepPlanning> | undefined;

function plannings(): ReadonlyMap<string, StepPlanning> {
  planningById ??= planningTable();
  return planningById;
}

function planningOf(id: string): StepPlanning {
  // checkInput admitted only catalog ids.
  return plannings().get(id) as StepPlanning;
}

function planningTable(): ReadonlyMap<string, StepPlanning> {
  const ids = Object.keys(recommendationStructure) as RecommendationId[];
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  return new Map(
    ids.map((stepId, index) => {
      const stage = recommendationStages[stepId];
      const entry = recommendationStructure[stepId];
      return [
        stepId,
        {
          index,
          note: stage.kind === 'note',
          afterPhase: stage.afterPhase,
          after: stage.after.map((prerequisite) => prerequisite.id),
          // The stages name catalog entries only (test/stages.test.ts).
          afterIndexes: stage.after.map((prerequisite) => indexOf.get(prerequisite.id) as number),
          startWithinWeeks: entry.startWithinWeeks,
          evaluateAfterWeeks: entry.evaluateAfterWeeks,
          maintenance: entry.maintenance,
        },
      ];
    }),
  );
}

function plan(input: RoadmapInput): Roadmap {
  const { response, capacity, locale } = checkInput(input);
  const { asOf, result } = input;
  const texts = textsByLocale[locale];
  const phase = result.inkPhase.phase;
  // checkInput has checked `asOf` and parsed the response.
  const monitoring = datesOf(response, asOf);
  const weeks = roadmapDefaults.weeksPerQuarter;
  const quarterStarts: string[] = [];
  for (let index = 0; index <= roadmapDefaults.quarters; index += 1)
    quarterStarts.push(addWeeksToDate(asOf, index * weeks));
  const quarterStart = (index: number) => quarterStarts[index] as string;
  const yearEnd = quarterStart(roadmapDefaults.quarters);
  // The last quarter runs up to the day before the next year starts, or to the next scan or
  // visit where that falls later (a year after the last scan can be a few days more than 52 weeks).
  let horizonEnd = addDaysBefore(yearEnd);
  if (monitoring.nextQuestionnaireDue !== null)
    horizonEnd = laterOf(horizonEnd, monitoring.nextQuestionnaireDue);
  if (monitoring.nextVisitDue !== null) horizonEnd = laterOf(horizonEnd, monitoring.nextVisitDue);

  const notes: RoadmapNote[] = [];
  const candidates: Candidate[] = [];
  // Which catalog steps fired, and the fired steps by their place in the catalog (the last of an
  // id, should one come twice: ideas merge into it), in lists rather than a set and a map.
  const stepCount = plannings().size;
  const fired = new Uint8Array(stepCount);
  // Each step's planning looked up once, for both passes.
  const stepPlannings: StepPlanning[] = [];
  for (const step of input.steps) {
    const planning = planningOf(step.id);
    stepPlannings.push(planning);
    fired[planning.index] = 1;
  }
  const byIndex: (Candidate | undefined)[] = new Array(stepCount);
  const byId = (id: string) => {
    const known = plannings().get(id);
    return known === undefined ? undefined : byIndex[known.index];
  };
  for (let position = 0; position < input.steps.length; position += 1) {
    const step = input.steps[position] as RecommendedStep;
    const planning = stepPlannings[position] as StepPlanning;
    if (planning.note) {
      const reasons: string[] = [];
      for (const reason of step.reasons) reasons.push(reason.text);
      notes.push({ id: step.id, title: step.title, description: step.description, reasons });
      continue;
    }
    const after: string[] = [];
    for (let index = 0; index < planning.after.length; index += 1)
      if (fired[planning.afterIndexes[index] as number] === 1)
        after.push(planning.after[index] as string);
    const candidate: Candidate = {
      id: step.id,
      kind: 'step',
      title: step.title,
      step,
      effect: step.effect,
      energy: step.energy,
      aspects: step.aspects,
      roles: step.roles,
      afterPhase: planning.afterPhase,
      after,
      startWithinWeeks: planning.startWithinWeeks,
      evaluateAfterWeeks: planning.evaluateAfterWeeks,
      maintenance: planning.maintenance,
      ideas: [],
      rank: 0,
    };
    candidates.push(candidate);
    byIndex[planning.index] = candidate;
  }
  for (const idea of response.ideas) {
    const { relatesTo } = idea;
    const merged = relatesTo === undefined ? undefined : byId(relatesTo);
    if (merged !== undefined) {
      merged.ideas.push(idea.id);
      continue;
    }
    candidates.push({
      id: idea.id,
      kind: 'idea',
      title: idea.title,
      effect: idea.effect,
      energy: idea.energy,
      roles: [],
      afterPhase: 0,
      after: [],
      startWithinWeeks: roadmapDefaults.ideaStartWithinWeeks,
      evaluateAfterWeeks: roadmapDefaults.ideaEvaluateAfterWeeks,
      maintenance: false,
      ideas: [],
      rank: 0,
    });
  }
  const ordered = orderCatalogSteps(candidates, result.aspects);
  // Each entry's place in the order of SCORING.md, kept on the entry (a map by entry cost more).
  for (let index = 0; index < ordered.length; index += 1)
    (ordered[index] as Candidate).rank = index + 1;

  const avoid: AvoidEntry[] = [];
  // The entries put off, in the order they were put off (each at most once).
  const later: { readonly candidate: Candidate; readonly reason: LaterReason }[] = [];
  const placed = new Map<string, RoadmapStep>();
  const placedInOrder: RoadmapStep[] = [];
  const counts: number[] = [];
  for (let index = 0; index < roadmapDefaults.quarters; index += 1) counts.push(0);
  // The entries still to place; one taken leaves a gap (see the list scheduling below).
  const pending: (Candidate | undefined)[] = [];
  // The ids of the entries put off so far, kept beside `later` rather than gathered from it for
  // every entry placed.
  const waiting = new Set<string>();
  const postpone = (candidate: Candidate, reason: LaterReason) => {
    later.push({ candidate, reason });
    waiting.add(candidate.id);
  };
  const avoided = new Set<string>();
  for (const candidate of ordered) {
    if (isNeverDo(candidate.effect, candidate.energy)) {
      avoid.push({
        id: candidate.id,
        kind: candidate.kind,
        title: candidate.title,
        effect: candidate.effect,
        energy: candidate.energy,
        text: fillTemplate(texts.roadmap.avoid, {
          effect: String(candidate.effect),
          energy: String(candidate.energy),
        }),
      });
      avoided.add(candidate.id);
    } else if (candidate.afterPhase > phase) {
      postpone(candidate, { kind: 'phase', phase: candidate.afterPhase as 1 | 2 | 3 | 4 });
    } else pending.push(candidate);
  }
  const ready = (candidate: Candidate) => {
    for (const id of candidate.after)
      if (!(avoided.has(id) || placed.has(id) || waiting.has(id))) return false;
    return true;
  };

  // List scheduling: again and again, the first pending entry (in the order of SCORING.md) whose
  // prerequisites are all placed or later is placed in the earliest quarter that allows it.
  // An entry taken leaves a gap in the list rather than being taken out of it: taking it out (by
  // splice, copyWithin, or a loop and a new length) took about a sixth of the roadmap's own time.
  let head = 0;
  for (let left = pending.length; left > 0; left -= 1) {
    while (pending[head] === undefined) head += 1;
    let index = head;
    while (
      index < pending.length &&
      (pending[index] === undefined || !ready(pending[index] as Candidate))
    )
      index += 1;
    // The stages have no cycle (test/stages.test.ts), so some entry is always ready.
    if (index === pending.length) index = head;
    const candidate = pending[index] as Candidate;
    pending[index] = undefined;
    let blocking: string | undefined;
    for (const id of candidate.after)
      if (waiting.has(id)) {
        blocking = id;
        break;
      }
    if (blocking !== undefined) {
      postpone(candidate, { kind: 'prerequisite', step: blocking });
      continue;
    }
    const prerequisites: RoadmapStep[] = [];
    for (const id of candidate.after) {
      const step = placed.get(id);
      if (step !== undefined) prerequisites.push(step);
    }
    let startBy: string;
    let quarter: number;
    const monitored =
      candidate.id === 'repeat-scan-yearly'
        ? monitoring.nextQuestionnaireDue
        : candidate.id === 'plan-yearly-practice-visit'
          ? monitoring.nextVisitDue
          : undefined;
    if (candidate.maintenance && monitored !== undefined && monitored !== null) {
      startBy = monitored;
      quarter = Math.min(
        roadmapDefaults.quarters - 1,
        Math.floor(daysBetween(asOf, startBy) / (7 * weeks)),
      );
    } else {
      let earliest = 0;
      for (const step of prerequisites) if (step.quarter > earliest) earliest = step.quarter;
      quarter = earliest;
      if (!candidate.maintenance) {
        while (quarter < roadmapDefaults.quarters && (counts[quarter] as number) >= capacity)
          quarter += 1;
        if (quarter >= roadmapDefaults.quarters) {
          postpone(candidate, { kind: 'capacity' });
          continue;
        }
        counts[quarter] = (counts[quarter] as number) + 1;
      }
      startBy =
        quarter === 0
          ? addWeeksToDate(asOf, Math.min(candidate.startWithinWeeks, weeks - 1))
          : quarterStart(quarter);
      for (const step of prerequisites) startBy = laterOf(startBy, step.startBy);
    }
    const evaluateOn = addWeeksToDate(startBy, candidate.evaluateAfterWeeks);
    const step: RoadmapStep = {
      id: candidate.id,
      kind: candidate.kind,
      title: candidate.title,
      rank: candidate.rank,
      quarter,
      startBy,
      evaluateOn,
      cycle: cycleOf(startBy, evaluateOn, candidate.evaluateAfterWeeks),
      roles: candidate.roles,
      maintenance: candidate.maintenance,
      ideas: [...candidate.ideas],
    };
    // The steps in the order they were placed, as the map keeps its keys: a step placed again
    // under an id already placed takes the first one's place.
    const first = placed.get(candidate.id);
    if (first === undefined) placedInOrder.push(step);
    else placedInOrder[placedInOrder.indexOf(first)] = step;
    placed.set(candidate.id, step);
  }

  // In time order; on the same day, in the order they were placed (the sort is stable and the
  // map keeps that order), so a step a later one comes after is listed first.
  const scheduled = insertionSorted(placedInOrder, (a, b) => a.startBy > b.startBy);
  const quarters: RoadmapQuarter[] = counts.map((_, index) => ({
    index,
    startsOn: quarterStart(index),
    endsOn:
      index === roadmapDefaults.quarters - 1 ? horizonEnd : addDaysBefore(quarterStart(index + 1)),
    steps: scheduled.filter((step) => step.quarter === index),
  }));
  const titleOf = (id: string) => byId(id)?.title ?? id;
  // Compared by field, not by destructuring a pair: that went through the iterator protocol.
  const laterSteps: LaterStep[] = insertionSorted(
    later,
    (a, b) => a.candidate.rank > b.candidate.rank,
  ).map(({ candidate, reason }) => ({
    id: candidate.id,
    kind: candidate.kind,
    title: candidate.title,
    reason,
    text:
      reason.kind === 'phase'
        ? fillTemplate(texts.roadmap.afterPhase, {
            phase: String(reason.phase),
            label: inkPhases[reason.phase - 1]?.label[locale] ?? String(reason.phase),
          })
        : reason.kind === 'prerequisite'
          ? fillTemplate(texts.roadmap.afterStep, { step: titleOf(reason.step) })
          : fillTemplate(texts.roadmap.beyondCapacity, {
              capacity: formatNumber(capacity, texts),
              date: monitoring.nextQuestionnaireDue,
            }),
  }));
  return {
    asOf,
    capacity,
    phase,
    horizon: { startsOn: asOf, endsOn: horizonEnd },
    focus: (quarters[0] as RoadmapQuarter).steps.filter((step) => !step.maintenance),
    quarters,
    later: laterSteps,
    avoid,
    notes,
    monitoring,
  };
}

// The days before the few dates a roadmap ends its quarters on, remembered (a batch of practices
// with the same `asOf` asks for the same ones).
const daysBefore = new Map<string, string>();

/** The day before a date. */
function addDaysBefore(date: string): string {
  let before = daysBefore.get(date);
  if (before === undefined) {
    const day = new Date(`${date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    before = day.toISOString().slice(0, 10);
    if (daysBefore.size >= 1024) daysBefore.clear();
    daysBefore.set(date, before);
  }
  return before;
}
