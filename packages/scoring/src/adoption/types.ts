import type {
  ApplicationTypeId,
  DigitisationDomainId,
  Locale,
  Questionnaire,
} from '@praktijkscan/model';

/** Options of `adoptionProfile`: those of `scoreResponse` that concern reading the response. */
export interface AdoptionOptions {
  /**
   * Read the response against this questionnaire instead of the published one it names. The
   * response must name the same id and version.
   */
  readonly questionnaire?: Questionnaire;
  /** The language of validation messages for a raw response; English by default. */
  readonly locale?: Locale;
}

/** One application type the questionnaire asks about, with the practice's answer. */
export interface AdoptionApplication {
  readonly applicationType: ApplicationTypeId;
  /** The inventory item (scale `usage`) that asks about it. */
  readonly item: string;
  readonly domain: DigitisationDomainId;
  /** Whether it is one of Nivel's seven types of e-health application (seed 003). */
  readonly nivelType: boolean;
  /** The usage level 0..4, `"na"` (does not fit the practice), or `null` where it is unanswered. */
  readonly answer: number | 'na' | null;
  /** Whether the answer says it is in use: a usage level of at least `adoptionInUseFrom`. */
  readonly inUse: boolean;
}

/** Counts over a group of application types. `asked = answered + missing`. */
export interface AdoptionSummary {
  /** Application types the questionnaire asks about. */
  readonly asked: number;
  /** Of those, answered: with a usage level or `"na"`. */
  readonly answered: number;
  /** Answered with a usage level of at least `adoptionInUseFrom`. */
  readonly inUse: number;
  /** Answered `"na"`: does not fit the practice. */
  readonly notApplicable: number;
  /** Not answered. */
  readonly missing: number;
  /**
   * The mean usage level of the types answered with a level (not `"na"`), as 0..100 with one
   * decimal (`round1(sum, 4 * count)`); `null` where none is.
   */
  readonly usageLevel: number | null;
}

/** The summary of one digitisation domain. */
export interface DomainAdoption extends AdoptionSummary {
  readonly domain: DigitisationDomainId;
}

/**
 * The adoption of application types, apart from the quality scores: per type the practice's
 * answer, per digitisation domain and over Nivel's seven types the counts and the usage level.
 */
export interface AdoptionProfile {
  readonly questionnaire: { readonly id: string; readonly version: string };
  /** The least usage level that counts as in use. */
  readonly inUseFrom: number;
  /** Every application type asked about, in questionnaire order. */
  readonly applications: readonly AdoptionApplication[];
  /** One summary per digitisation domain, in the order of `digitisationDomainIds`. */
  readonly domains: readonly DomainAdoption[];
  /** The summary over the application types that are Nivel's seven types. */
  readonly nivelTypes: AdoptionSummary;
}
