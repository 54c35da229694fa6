// adoptionProfile as it was before its faster rewrite (docs/performance.md, "What changed"), kept
// as the reference the rewrite must equal.
import {
  answerScaleMax,
  applicationTypes,
  deepFreeze,
  digitisationDomainIds,
  ResponseValidationError,
} from '@praktijkscan/model';
import { adoptionInUseFrom } from '../../src/adoption/adoption-profile';
import type {
  AdoptionApplication,
  AdoptionOptions,
  AdoptionProfile,
  AdoptionSummary,
} from '../../src/adoption/types';
import { round1Tenths } from '../../src/arithmetic/round';
import { resolveResponse } from '../../src/input/resolve';
import { ScoreOptionsError } from '../../src/options/options';

const knownOptions: ReadonlySet<string> = new Set(['questionnaire', 'locale']);

function checkOptions(options: AdoptionOptions): void {
  if (options === null || typeof options !== 'object') {
    throw new ScoreOptionsError('options', 'expected an object');
  }
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new ScoreOptionsError(key, 'unknown option');
  }
}

function summaryOf(applications: readonly AdoptionApplication[]): AdoptionSummary {
  let answered = 0;
  let inUse = 0;
  let notApplicable = 0;
  let levelSum = 0;
  let levelCount = 0;
  for (const application of applications) {
    const { answer } = application;
    if (answer === null) continue;
    answered += 1;
    if (answer === 'na') {
      notApplicable += 1;
      continue;
    }
    levelSum += answer;
    levelCount += 1;
    if (application.inUse) inUse += 1;
  }
  return {
    asked: applications.length,
    answered,
    inUse,
    notApplicable,
    missing: applications.length - answered,
    usageLevel:
      levelCount === 0 ? null : round1Tenths(levelSum, answerScaleMax('usage') * levelCount) / 10,
  };
}

/** `adoptionProfile` before its faster rewrite: deep-frozen after it is built, types found with `find`. */
export function adoptionProfileBefore(
  response: unknown,
  options: AdoptionOptions = {},
): AdoptionProfile {
  let resolved: ReturnType<typeof resolveResponse>;
  try {
    checkOptions(options);
    resolved = resolveResponse(response, options);
  } catch (error) {
    if (error instanceof ScoreOptionsError || error instanceof ResponseValidationError) throw error;
    throw new ScoreOptionsError(
      'options',
      'a value cannot be read (a getter that throws, a revoked Proxy)',
    );
  }
  const { response: parsed, questionnaire } = resolved;
  const applications: AdoptionApplication[] = [];
  for (const item of questionnaire.items) {
    if (item.applicationType === undefined) continue;
    const type = applicationTypes.find((entry) => entry.id === item.applicationType);
    if (!type) continue; // The questionnaire schema allows only known application types.
    const given = parsed.answers[item.id];
    const answer = given === undefined ? null : given;
    applications.push({
      applicationType: type.id,
      item: item.id,
      domain: type.domain,
      nivelType: type.nivelType,
      answer,
      inUse: typeof answer === 'number' && answer >= adoptionInUseFrom,
    });
  }
  return deepFreeze({
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    inUseFrom: adoptionInUseFrom,
    applications,
    domains: digitisationDomainIds.map((domain) => ({
      domain,
      ...summaryOf(applications.filter((application) => application.domain === domain)),
    })),
    nivelTypes: summaryOf(applications.filter((application) => application.nivelType)),
  });
}
