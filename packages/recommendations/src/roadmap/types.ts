import type { InkPhaseId, Locale, PdcaPhaseId, RoleId } from '@praktijkscan/model';
import type { ScoreResult } from '@praktijkscan/scoring';
import type { RecommendedStep } from '../engine/types';

/** What `planRoadmap` takes. */
export interface RoadmapInput {
  /** `recommend(result, response, { asOf, locale })`: the fired steps in the order of SCORING.md. */
  readonly steps: readonly RecommendedStep[];
  /** `scoreResponse(response)`. */
  readonly result: ScoreResult;
  /** The practice's response (parsed, or raw: then it is validated first). */
  readonly response: unknown;
  /** "Now", `YYYY-MM-DD`: the roadmap starts here. The same `asOf` as `recommend`'s. */
  readonly asOf: string;
  /** The language of the texts; the same as `recommend`'s. Dutch by default. */
  readonly locale?: Locale;
  /** At most this many new steps start in one quarter: an integer from 1 to 10; 3 by default. */
  readonly capacity?: number;
}

/** One activity of a step's own PDCA cycle, on its date. */
export interface CycleActivity {
  readonly phase: PdcaPhaseId;
  readonly on: string;
}

/** A step (or the practice's own idea) placed in a quarter of the roadmap. */
export interface RoadmapStep {
  /** The catalog id, or the idea's id for an idea of the practice. */
  readonly id: string;
  /** `step` for a catalog step, `idea` for an improvement idea of the practice. */
  readonly kind: 'step' | 'idea';
  readonly title: string;
  /** Its place in the order of SCORING.md among the roadmap's entries, 1 first. */
  readonly rank: number;
  /** The quarter it starts in, 0 the first. */
  readonly quarter: number;
  readonly startBy: string;
  /** `startBy` plus the step's `evaluateAfterWeeks`. */
  readonly evaluateOn: string;
  /** Plan, do, check, act, on dates in that order: plan on `startBy`, check on `evaluateOn`. */
  readonly cycle: readonly CycleActivity[];
  readonly roles: readonly RoleId[];
  /** A maintenance step (yearly scan, practice visit, NEN 7510): it does not count against capacity. */
  readonly maintenance: boolean;
  /** The practice's ideas merged into this step (their `relatesTo` names it). */
  readonly ideas: readonly string[];
}

/** A quarter of the roadmap: 13 weeks from `asOf` (the last runs to the end of the horizon). */
export interface RoadmapQuarter {
  readonly index: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly steps: readonly RoadmapStep[];
}

/** Why a step waits: its INK phase, a step it comes after, or the capacity of the year. */
export type LaterReason =
  | { readonly kind: 'phase'; readonly phase: InkPhaseId }
  | { readonly kind: 'prerequisite'; readonly step: string }
  | { readonly kind: 'capacity' };

/** A step that fired but is not scheduled in this roadmap, with the reason in words. */
export interface LaterStep {
  readonly id: string;
  readonly kind: 'step' | 'idea';
  readonly title: string;
  readonly reason: LaterReason;
  readonly text: string;
}

/** A never-do entry: reported as "not now, and why", never a step and never dated. */
export interface AvoidEntry {
  readonly id: string;
  readonly kind: 'step' | 'idea';
  readonly title: string;
  readonly effect: number;
  readonly energy: number;
  readonly text: string;
}

/** A note about the scan itself (missing answers, the self-judgement gap): never a step. */
export interface RoadmapNote {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly reasons: readonly string[];
}

/** The dates of the yearly scan and the practice visit: the single source for steps and reports. */
export interface MonitoringDates {
  readonly lastQuestionnaireOn: string;
  /** The completion date plus one year, or `asOf` where that has passed. */
  readonly nextQuestionnaireDue: string;
  readonly questionnaireOverdue: boolean;
  readonly lastVisitOn: string | null;
  /** `null` where the region holds no practice visits. */
  readonly nextVisitDue: string | null;
  /** `unknown` where the last visit is not known; `not-held` where the region holds no visits. */
  readonly visitStatus: 'on-time' | 'overdue' | 'unknown' | 'not-held';
}

/** A practice's roadmap: the focus, the quarters, what comes later, what to avoid, and notes. */
export interface Roadmap {
  readonly asOf: string;
  readonly capacity: number;
  /** The INK phase the practice has reached. */
  readonly phase: 0 | InkPhaseId;
  readonly horizon: { readonly startsOn: string; readonly endsOn: string };
  /** The steps of the first quarter that count against capacity, in roadmap order: what to do now. */
  readonly focus: readonly RoadmapStep[];
  readonly quarters: readonly RoadmapQuarter[];
  readonly later: readonly LaterStep[];
  readonly avoid: readonly AvoidEntry[];
  readonly notes: readonly RoadmapNote[];
  readonly monitoring: MonitoringDates;
}
