// The roadmap before its faster rewrite: the reference of test/fast-paths.test.ts. Not to be
// changed except to follow a deliberate change of the roadmap's output.
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
  orderByMatrix,
  quadrantOf,
} from '@praktijkscan/scoring';
import { recommendationStages } from '../../src/catalog/stages';
import { type RecommendationId, recommendationStructure } from '../../src/catalog/structure';
import { fillTemplate, formatNumber } from '../../src/engine/describe';
import { RecommendOptionsError } from '../../src/engine/errors';
import { quoted, readingInput } from '../../src/engine/recommend';
import type { RecommendedStep } from '../../src/engine/types';
import { en } from '../../src/locales/en';
import { nl } from '../../src/locales/nl';
import type { ReasonTexts } from '../../src/locales/types';
import { monitoringDates } from '../../src/roadmap/monitoring';
import { roadmapDefaults } from '../../src/roadmap/plan-roadmap';
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
} from '../../src/roadmap/types';

const textsByLocale: Readonly<Record<Locale, ReasonTexts>> = { nl, en };
const neverDo = new Set(matrixQuadrants.filter((q) => !q.planned).map((q) => q.id));

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
    if (typeof id !== 'string' || !Object.hasOwn(recommendationStructure, id))
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
    if (relatesTo !== undefined && !Object.hasOwn(recommendationStructure, relatesTo))
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
 * `planRoadmap` as it was before its faster rewrite (docs/performance.md, "What changed"), kept
 * verbatim as the reference the rewrite must equal byte for byte.
 */
export function planRoadmapBefore(input: RoadmapInput): Roadmap {
  return readingInput(() => plan(input));
}

function plan(input: RoadmapInput): Roadmap {
  const { response, capacity, locale } = checkInput(input);
  const { asOf, result } = input;
  const texts = textsByLocale[locale];
  const phase = result.inkPhase.phase;
  const monitoring = monitoringDates(response, asOf);
  const weeks = roadmapDefaults.weeksPerQuarter;
  const quarterStarts = Array.from({ length: roadmapDefaults.quarters + 1 }, (_, index) =>
    addWeeksToDate(asOf, index * weeks),
  );
  const quarterStart = (index: number) => quarterStarts[index] as string;
  const yearEnd = quarterStart(roadmapDefaults.quarters);
  // The last quarter runs up to the day before the next year starts, or to the next scan or
  // visit where that falls later (a year after the last scan can be a few days more than 52 weeks).
  let horizonEnd = addDaysBefore(yearEnd);
  for (const date of [monitoring.nextQuestionnaireDue, monitoring.nextVisitDue])
    if (date !== null) horizonEnd = laterOf(horizonEnd, date);

  const notes: RoadmapNote[] = [];
  const candidates: Candidate[] = [];
  const firedIds = new Set(input.steps.map((step) => step.id));
  for (const step of input.steps) {
    const stage = recommendationStages[step.id as RecommendationId];
    const entry = recommendationStructure[step.id as RecommendationId];
    if (stage.kind === 'note') {
      notes.push({
        id: step.id,
        title: step.title,
        description: step.description,
        reasons: step.reasons.map((reason) => reason.text),
      });
      continue;
    }
    candidates.push({
      id: step.id,
      kind: 'step',
      title: step.title,
      step,
      effect: step.effect,
      energy: step.energy,
      aspects: step.aspects,
      roles: step.roles,
      afterPhase: stage.afterPhase,
      after: stage.after.map((prerequisite) => prerequisite.id).filter((id) => firedIds.has(id)),
      startWithinWeeks: entry.startWithinWeeks,
      evaluateAfterWeeks: entry.evaluateAfterWeeks,
      maintenance: entry.maintenance,
      ideas: [],
    });
  }
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  for (const idea of response.ideas) {
    const { relatesTo } = idea;
    const merged = relatesTo === undefined ? undefined : byId.get(relatesTo);
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
    });
  }
  const ordered = orderByMatrix(candidates, result.aspects);
  const rankOf = new Map(ordered.map((candidate, index) => [candidate, index + 1]));

  const avoid: AvoidEntry[] = [];
  const later = new Map<Candidate, LaterReason>();
  const placed = new Map<string, RoadmapStep>();
  const counts: number[] = Array.from({ length: roadmapDefaults.quarters }, () => 0);
  const pending: Candidate[] = [];
  // The ids of the entries put off so far, kept beside `later` rather than gathered from it for
  // every entry placed.
  const waiting = new Set<string>();
  const postpone = (candidate: Candidate, reason: LaterReason) => {
    later.set(candidate, reason);
    waiting.add(candidate.id);
  };
  for (const candidate of ordered) {
    if (neverDo.has(quadrantOf(candidate.effect, candidate.energy))) {
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
    } else if (candidate.afterPhase > phase) {
      postpone(candidate, { kind: 'phase', phase: candidate.afterPhase as 1 | 2 | 3 | 4 });
    } else pending.push(candidate);
  }
  const avoided = new Set(avoid.map((entry) => entry.id));

  // List scheduling: again and again, the first pending entry (in the order of SCORING.md) whose
  // prerequisites are all placed or later is placed in the earliest quarter that allows it.
  while (pending.length > 0) {
    const index = pending.findIndex((candidate) =>
      candidate.after.every((id) => avoided.has(id) || placed.has(id) || waiting.has(id)),
    );
    // The stages have no cycle (test/stages.test.ts), so some entry is always ready.
    const candidate = pending.splice(Math.max(index, 0), 1)[0] as Candidate;
    const blocking = candidate.after.find((id) => waiting.has(id));
    if (blocking !== undefined) {
      postpone(candidate, { kind: 'prerequisite', step: blocking });
      continue;
    }
    const prerequisites = candidate.after
      .map((id) => placed.get(id))
      .filter((step): step is RoadmapStep => step !== undefined);
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
      const earliest = Math.max(0, ...prerequisites.map((step) => step.quarter));
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
    placed.set(candidate.id, {
      id: candidate.id,
      kind: candidate.kind,
      title: candidate.title,
      rank: rankOf.get(candidate) as number,
      quarter,
      startBy,
      evaluateOn,
      cycle: cycleOf(startBy, evaluateOn, candidate.evaluateAfterWeeks),
      roles: candidate.roles,
      maintenance: candidate.maintenance,
      ideas: [...candidate.ideas],
    });
  }

  // In time order; on the same day, in the order they were placed, so a step a later one comes
  // after is listed first.
  const placement = new Map([...placed.keys()].map((id, index) => [id, index]));
  const scheduled = [...placed.values()].sort(
    (a, b) =>
      (a.startBy < b.startBy ? -1 : a.startBy > b.startBy ? 1 : 0) ||
      (placement.get(a.id) as number) - (placement.get(b.id) as number),
  );
  const quarters: RoadmapQuarter[] = counts.map((_, index) => ({
    index,
    startsOn: quarterStart(index),
    endsOn:
      index === roadmapDefaults.quarters - 1 ? horizonEnd : addDaysBefore(quarterStart(index + 1)),
    steps: scheduled.filter((step) => step.quarter === index),
  }));
  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  const laterSteps: LaterStep[] = [...later.entries()]
    .sort(([a], [b]) => (rankOf.get(a) as number) - (rankOf.get(b) as number))
    .map(([candidate, reason]) => ({
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
