import type { Locale, Questionnaire } from '@praktijkscan/model';

/** Options of `scoreResponse`. */
export interface ScoreOptions {
  /**
   * Score against this questionnaire instead of the published one the response names. The
   * response must name the same id and version.
   */
  readonly questionnaire?: Questionnaire;
  /** The language of validation messages for a raw response; English by default. */
  readonly locale?: Locale;
  /** Least unweighted score (0..100, one decimal) of a phase's indicators for it to be attained. Default 60.0. */
  readonly phaseThreshold?: number;
  /** Least unweighted coverage (0..100, one decimal) of a phase's indicators for it to be attained. Default 50.0. */
  readonly phaseCoverage?: number;
}

/**
 * The defaults of SCORING.md for the INK phase thresholds.
 *
 * @example
 * ```ts
 * import { defaultPhaseThresholds } from '@praktijkscan/scoring';
 * defaultPhaseThresholds.phaseThreshold; // 60
 * ```
 */
export const defaultPhaseThresholds = Object.freeze({ phaseThreshold: 60, phaseCoverage: 50 });

/**
 * Thrown by `scoreResponse` for options it cannot use; `option` names the one at fault.
 *
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { ScoreOptionsError, scoreResponse } from '@praktijkscan/scoring';
 * try {
 *   scoreResponse(sampleHalfway, { phaseThreshold: 120 });
 * } catch (error) {
 *   if (error instanceof ScoreOptionsError) error.option; // 'phaseThreshold'
 * }
 * ```
 */
export class ScoreOptionsError extends RangeError {
  override readonly name = 'ScoreOptionsError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`Invalid scoring option "${option}": ${message}`);
  }
}

/** A threshold in tenths (an integer), checked to be a number 0..100 with at most one decimal. */
function thresholdInTenths(option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScoreOptionsError(option, `expected a number from 0 to 100, got ${String(value)}`);
  }
  const tenths = Math.round(value * 10);
  if (value < 0 || value > 100 || Math.abs(tenths - value * 10) > 1e-9) {
    throw new ScoreOptionsError(
      option,
      `expected a number from 0 to 100 with at most one decimal, got ${value}`,
    );
  }
  return tenths;
}

/** The phase thresholds in tenths, after validation. */
export interface PhaseThresholdTenths {
  readonly score: number;
  readonly coverage: number;
}

const knownOptions: ReadonlySet<string> = new Set([
  'questionnaire',
  'locale',
  'phaseThreshold',
  'phaseCoverage',
]);
const defaultThresholdTenths: PhaseThresholdTenths = Object.freeze({
  score: defaultPhaseThresholds.phaseThreshold * 10,
  coverage: defaultPhaseThresholds.phaseCoverage * 10,
});

/** Validates the options and returns the phase thresholds in tenths. */
export function resolvePhaseThresholds(options: ScoreOptions): PhaseThresholdTenths {
  if (options === null || typeof options !== 'object') {
    throw new ScoreOptionsError('options', 'expected an object');
  }
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new ScoreOptionsError(key, 'unknown option');
  }
  if (options.phaseThreshold === undefined && options.phaseCoverage === undefined)
    return defaultThresholdTenths;
  return {
    score: thresholdInTenths(
      'phaseThreshold',
      options.phaseThreshold ?? defaultPhaseThresholds.phaseThreshold,
    ),
    coverage: thresholdInTenths(
      'phaseCoverage',
      options.phaseCoverage ?? defaultPhaseThresholds.phaseCoverage,
    ),
  };
}
