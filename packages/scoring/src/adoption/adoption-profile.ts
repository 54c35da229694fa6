import {
  type ApplicationType,
  answerScaleMax,
  applicationTypes,
  type DigitisationDomainId,
  digitisationDomainIds,
  isDeepFrozen,
  type QuestionnaireStructure,
  ResponseValidationError,
} from '@praktijkscan/model';
import { round1Tenths } from '../arithmetic/round';
import { answersByPlace } from '../input/answers-by-place';
import { resolveResponse } from '../input/resolve';
import { ScoreOptionsError } from '../options/options';
import type {
  AdoptionApplication,
  AdoptionOptions,
  AdoptionProfile,
  AdoptionSummary,
} from './types';

/**
 * The least usage level that counts as "in use": 2, "In gebruik, beperkt". Level 1 is
 * "Oriëntatie of pilot", which may mean that nothing is in use yet (docs/scoring.md, "Adoption of
 * application types").
 *
 * @example
 * ```ts
 * import { adoptionInUseFrom } from '@praktijkscan/scoring';
 * adoptionInUseFrom; // 2
 * ```
 */
export const adoptionInUseFrom = 2;

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

/**
 * The adoption of application types as its own profile, apart from the quality scores: for every
 * application type the questionnaire asks about (its inventory items, scale `usage`), the
 * practice's answer; per digitisation domain and over Nivel's seven types, how many are asked,
 * answered, in use (a usage level of at least {@link adoptionInUseFrom}), do not fit the practice
 * (`"na"`) or are missing, and the mean usage level as 0..100. Nothing beyond what the answers
 * give. Works for every published questionnaire version and for a custom questionnaire; pure,
 * deterministic, the result deep-frozen.
 *
 * A response from `parseResponse` is used as it is; anything else is validated first.
 *
 * @throws {ResponseValidationError} for an invalid response (every problem, with its path).
 * @throws {ScoreOptionsError} for an invalid option.
 * @example
 * ```ts
 * import { sampleHalfway } from '@praktijkscan/model/samples';
 * import { adoptionProfile } from '@praktijkscan/scoring';
 *
 * const profile = adoptionProfile(sampleHalfway);
 * profile.applications.length; // 19
 * profile.applications[2]; // { applicationType: 'patient-portal', item: 'uses-patient-portal', domain: 'patient-contact', nivelType: true, answer: 3, inUse: true }
 * profile.domains[2]; // { domain: 'practice-processes', asked: 5, answered: 5, inUse: 3, notApplicable: 1, missing: 0, usageLevel: 50 }
 * profile.nivelTypes; // { asked: 7, answered: 7, inUse: 7, notApplicable: 0, missing: 0, usageLevel: 67.9 }
 * ```
 */
export function adoptionProfile(response: unknown, options: AdoptionOptions = {}): AdoptionProfile {
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
  const plan = adoptionPlanOf(questionnaire);
  const givenByPlace = answersByPlace(parsed.answers, plan.placeById);
  const applications: AdoptionApplication[] = [];
  // The applications of each domain, in questionnaire order, gathered as they are listed.
  const byDomain = new Map<DigitisationDomainId, AdoptionApplication[]>();
  const nivel: AdoptionApplication[] = [];
  for (let place = 0; place < plan.items.length; place += 1) {
    const { item, type } = plan.items[place] as AdoptionItem;
    const given = givenByPlace[place];
    const answer = given === undefined ? null : given;
    // Frozen as it is made: the profile is deep-frozen without walking it again.
    const application: AdoptionApplication = Object.freeze({
      applicationType: type.id,
      item,
      domain: type.domain,
      nivelType: type.nivelType,
      answer,
      inUse: typeof answer === 'number' && answer >= adoptionInUseFrom,
    });
    applications.push(application);
    const inDomain = byDomain.get(type.domain);
    if (inDomain === undefined) byDomain.set(type.domain, [application]);
    else inDomain.push(application);
    if (type.nivelType) nivel.push(application);
  }
  return Object.freeze({
    questionnaire: Object.freeze({ id: questionnaire.id, version: questionnaire.version }),
    inUseFrom: adoptionInUseFrom,
    applications: Object.freeze(applications),
    domains: Object.freeze(
      digitisationDomainIds.map((domain) =>
        Object.freeze({ domain, ...summaryOf(byDomain.get(domain) ?? []) }),
      ),
    ),
    nivelTypes: Object.freeze(summaryOf(nivel)),
  });
}

/** An item that asks about an application type, with that type. */
interface AdoptionItem {
  readonly item: string;
  readonly type: ApplicationType;
}

/** What the profile reads of a questionnaire: its application items, in questionnaire order. */
interface AdoptionPlan {
  readonly items: readonly AdoptionItem[];
  /** Each item's place in `items`, by its id (the ids are unique). */
  readonly placeById: ReadonlyMap<string, number>;
}

// Plans of deep-frozen questionnaires only (the published ones are), as scoring keeps its own: a
// custom questionnaire that is not frozen is planned on every call.
const adoptionPlans = new WeakMap<QuestionnaireStructure, AdoptionPlan>();

function adoptionPlanOf(questionnaire: QuestionnaireStructure): AdoptionPlan {
  const known = adoptionPlans.get(questionnaire);
  if (known) return known;
  const types = applicationTypesById();
  const items: AdoptionItem[] = [];
  for (const item of questionnaire.items) {
    if (item.applicationType === undefined) continue;
    const type = types.get(item.applicationType);
    if (!type) continue; // The questionnaire schema allows only known application types.
    items.push({ item: item.id, type });
  }
  const plan = { items, placeById: new Map(items.map(({ item }, place) => [item, place])) };
  if (isDeepFrozen(questionnaire)) adoptionPlans.set(questionnaire, plan);
  return plan;
}

let typesById: ReadonlyMap<string, ApplicationType> | undefined;

/** The application types by id, the first of an id (as `find` gives it): made once. */
function applicationTypesById(): ReadonlyMap<string, ApplicationType> {
  if (typesById === undefined) {
    const byId = new Map<string, ApplicationType>();
    for (const type of applicationTypes) if (!byId.has(type.id)) byId.set(type.id, type);
    typesById = byId;
  }
  return typesById;
}
