import { fc, test } from '@fast-check/vitest';
import {
  applicationTypes,
  digitisationDomainIds,
  isDeepFrozen,
  questionnaire as published,
  questionnaires,
  ResponseValidationError,
} from '@praktijkscan/model';
import {
  sampleHalfway,
  samplePractices,
  samplePracticesV1,
  sampleStarting,
} from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import {
  type AdoptionSummary,
  adoptionInUseFrom,
  adoptionProfile,
  ScoreOptionsError,
  scoreResponse,
} from '../src';
import { adoptionProfileBefore } from './support/adoption-before';
import { responseArb } from './support/arbitraries';
import { buildQuestionnaire, buildResponse } from './support/build';

const raw = (value: unknown) => JSON.parse(JSON.stringify(value));

/** A small questionnaire: two types of one domain, one of another, a Nivel type, and an agreement item. */
const custom = buildQuestionnaire(
  [
    {
      id: 'uses-portal',
      scale: 'usage',
      applicationType: 'patient-portal',
      allowsNotApplicable: true,
    },
    {
      id: 'uses-website',
      scale: 'usage',
      applicationType: 'practice-website',
      allowsNotApplicable: true,
    },
    {
      id: 'uses-vault',
      scale: 'usage',
      applicationType: 'password-vault',
      allowsNotApplicable: true,
    },
    { id: 'vision', scale: 'agreement' },
  ],
  'adoption-test',
);

describe('adoptionProfile on hand-made responses', () => {
  it('lists every application type asked, in questionnaire order, with its answer', () => {
    const profile = adoptionProfile(
      buildResponse(custom, { 'uses-portal': 3, 'uses-website': 'na', vision: 4 }),
      { questionnaire: custom },
    );
    expect(profile.questionnaire).toEqual({ id: 'adoption-test', version: '1.0.0' });
    expect(profile.inUseFrom).toBe(2);
    expect(profile.applications).toEqual([
      {
        applicationType: 'patient-portal',
        item: 'uses-portal',
        domain: 'patient-contact',
        nivelType: true,
        answer: 3,
        inUse: true,
      },
      {
        applicationType: 'practice-website',
        item: 'uses-website',
        domain: 'patient-contact',
        nivelType: false,
        answer: 'na',
        inUse: false,
      },
      {
        applicationType: 'password-vault',
        item: 'uses-vault',
        domain: 'security-privacy',
        nivelType: false,
        answer: null,
        inUse: false,
      },
    ]);
  });

  // The application items of a questionnaire are planned once only where it cannot change.
  it('reads a questionnaire that can still change again on every call', () => {
    const changing = structuredClone(custom);
    const response = buildResponse(changing, { 'uses-vault': 3 });
    const before = adoptionProfile(response, { questionnaire: changing });
    const vault = changing.items.find((item) => item.id === 'uses-vault');
    if (!vault) throw new Error('no vault item');
    Object.assign(vault, { applicationType: 'patient-portal' });
    const after = adoptionProfile(response, { questionnaire: changing });
    expect(before.applications.map((entry) => entry.applicationType)).toEqual([
      'patient-portal',
      'practice-website',
      'password-vault',
    ]);
    expect(after.applications.map((entry) => entry.applicationType)).toEqual([
      'patient-portal',
      'practice-website',
      'patient-portal',
    ]);
  });

  it('counts per domain in the order of digitisationDomainIds, every domain present', () => {
    const profile = adoptionProfile(
      buildResponse(custom, { 'uses-portal': 3, 'uses-website': 'na', 'uses-vault': 0 }),
      { questionnaire: custom },
    );
    expect(profile.domains.map((entry) => entry.domain)).toEqual([...digitisationDomainIds]);
    expect(profile.domains[0]).toEqual({
      domain: 'patient-contact',
      asked: 2,
      answered: 2,
      inUse: 1,
      notApplicable: 1,
      missing: 0,
      usageLevel: 75, // 3 of 4; the "na" does not count
    });
    expect(profile.domains[1]).toEqual({
      domain: 'triage-preparation',
      asked: 0,
      answered: 0,
      inUse: 0,
      notApplicable: 0,
      missing: 0,
      usageLevel: null,
    });
    expect(profile.domains[3]).toMatchObject({ asked: 1, answered: 1, inUse: 0, usageLevel: 0 });
    expect(profile.nivelTypes).toEqual({
      asked: 1,
      answered: 1,
      inUse: 1,
      notApplicable: 0,
      missing: 0,
      usageLevel: 75,
    });
  });

  it('counts a usage level as in use from 2 ("In gebruik, beperkt"), not an orientation or pilot', () => {
    expect(adoptionInUseFrom).toBe(2);
    const inUse = (answer: number) =>
      adoptionProfile(buildResponse(custom, { 'uses-portal': answer }), { questionnaire: custom })
        .domains[0]?.inUse;
    expect([0, 1, 2, 3, 4].map(inUse)).toEqual([0, 0, 1, 1, 1]);
  });

  it('gives the usage level as round1 of the mean, null where only "na" or nothing is answered', () => {
    const level = (answers: Record<string, number | 'na'>) =>
      adoptionProfile(buildResponse(custom, answers), { questionnaire: custom }).domains[0]
        ?.usageLevel;
    expect(level({ 'uses-portal': 1, 'uses-website': 2 })).toBe(37.5);
    expect(level({ 'uses-portal': 1, 'uses-website': 0 })).toBe(12.5);
    expect(level({ 'uses-portal': 4, 'uses-website': 4 })).toBe(100);
    expect(level({ 'uses-portal': 'na', 'uses-website': 'na' })).toBeNull();
    expect(level({})).toBeNull();
  });

  it('has an empty list and zero counts for a questionnaire without inventory items', () => {
    const plain = buildQuestionnaire([{ id: 'vision' }], 'plain');
    const profile = adoptionProfile(buildResponse(plain, { vision: 2 }), { questionnaire: plain });
    expect(profile.applications).toEqual([]);
    expect(profile.domains.every((entry) => entry.asked === 0 && entry.usageLevel === null)).toBe(
      true,
    );
    expect(profile.nivelTypes.asked).toBe(0);
  });
});

describe('adoptionProfile on the samples', () => {
  it('reads every 2.0.0 and 1.0.0 sample: all 19 application types, each once, seven of Nivel', () => {
    for (const sample of [...samplePractices, ...samplePracticesV1]) {
      const profile = adoptionProfile(sample);
      expect(profile.questionnaire.version).toBe(sample.questionnaire.version);
      expect(profile.applications.map((entry) => entry.applicationType).sort()).toEqual(
        applicationTypes.map((type) => type.id).sort(),
      );
      expect(profile.nivelTypes.asked).toBe(7);
      expect(profile.domains.map((entry) => entry.asked)).toEqual([8, 4, 5, 2]);
      for (const entry of profile.applications)
        expect(entry.answer).toBe(sample.answers[entry.item] ?? null);
    }
  });

  it('gives the halfway sample the figures its answers give', () => {
    const profile = adoptionProfile(sampleHalfway);
    const portal = profile.applications.find((entry) => entry.applicationType === 'patient-portal');
    expect(portal).toEqual({
      applicationType: 'patient-portal',
      item: 'uses-patient-portal',
      domain: 'patient-contact',
      nivelType: true,
      answer: sampleHalfway.answers['uses-patient-portal'],
      inUse: true,
    });
    // Recomputed from the answers here, independently of the implementation's loop.
    for (const entry of profile.domains) {
      const answers = published.items
        .filter(
          (item) =>
            applicationTypes.find((type) => type.id === item.applicationType)?.domain ===
            entry.domain,
        )
        .map((item) => sampleHalfway.answers[item.id]);
      const levels = answers.filter((answer): answer is number => typeof answer === 'number');
      expect(entry.inUse).toBe(levels.filter((level) => level >= 2).length);
      expect(entry.notApplicable).toBe(answers.filter((answer) => answer === 'na').length);
      const mean = levels.reduce((sum, level) => sum + level, 0) / levels.length / 4;
      expect(entry.usageLevel).toBeCloseTo(mean * 100, 0);
    }
  });

  it('shows the starting practice using Nivel types less than the halfway one', () => {
    const starting = adoptionProfile(sampleStarting).nivelTypes.usageLevel ?? 0;
    const halfway = adoptionProfile(sampleHalfway).nivelTypes.usageLevel ?? 0;
    expect(starting).toBeLessThan(halfway);
  });

  it('is deep-frozen, and takes a raw or a parsed response alike', () => {
    const profile = adoptionProfile(sampleHalfway);
    expect(isDeepFrozen(profile)).toBe(true);
    expect(adoptionProfile(raw(sampleHalfway))).toEqual(profile);
    expect(JSON.stringify(adoptionProfile(raw(sampleHalfway)))).toBe(JSON.stringify(profile));
  });

  it('leaves scoreResponse as it was', () => {
    const before = JSON.stringify(scoreResponse(sampleHalfway));
    adoptionProfile(sampleHalfway);
    expect(JSON.stringify(scoreResponse(sampleHalfway))).toBe(before);
  });
});

describe('adoptionProfile on bad input', () => {
  it('answers an invalid response with ResponseValidationError', () => {
    expect(() =>
      adoptionProfile({ ...raw(sampleHalfway), answers: { 'uses-patient-portal': 9 } }),
    ).toThrow(ResponseValidationError);
    expect(() => adoptionProfile(null)).toThrow(ResponseValidationError);
  });

  it('answers a response read against another questionnaire with ResponseValidationError', () => {
    expect(() =>
      adoptionProfile(buildResponse(custom, {}), {
        questionnaire: questionnaires[0] as (typeof questionnaires)[number],
      }),
    ).toThrow(ResponseValidationError);
  });

  it('answers bad options with ScoreOptionsError naming the option', () => {
    const optionOf = (options: unknown) => {
      try {
        adoptionProfile(sampleHalfway, options as never);
      } catch (error) {
        return error instanceof ScoreOptionsError ? error.option : String(error);
      }
      return 'no error';
    };
    expect(optionOf(null)).toBe('options');
    expect(optionOf({ phaseThreshold: 60 })).toBe('phaseThreshold');
    expect(optionOf({ questionnaire: { id: 'x' } })).toBe('questionnaire');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(optionOf(revoked.proxy)).toBe('options');
  });
});

const sumOf = (summaries: readonly AdoptionSummary[], key: keyof AdoptionSummary) =>
  summaries.reduce((sum, summary) => sum + ((summary[key] as number) ?? 0), 0);

describe('adoptionProfile properties', () => {
  test.prop([fc.constantFrom(...questionnaires).chain((of) => responseArb(of))])(
    'counts add up, asked = answered + missing, and the same input gives the same profile',
    (response) => {
      const profile = adoptionProfile(response);
      const { applications, domains, nivelTypes } = profile;
      for (const summary of [...domains, nivelTypes]) {
        expect(summary.asked).toBe(summary.answered + summary.missing);
        expect(summary.inUse + summary.notApplicable).toBeLessThanOrEqual(summary.answered);
        if (summary.usageLevel !== null) {
          expect(summary.usageLevel).toBeGreaterThanOrEqual(0);
          expect(summary.usageLevel).toBeLessThanOrEqual(100);
        }
        expect(summary.usageLevel === null).toBe(summary.answered - summary.notApplicable === 0);
      }
      for (const key of ['asked', 'answered', 'inUse', 'notApplicable', 'missing'] as const) {
        expect(sumOf(domains, key)).toBe(
          applications.filter((entry) =>
            key === 'asked'
              ? true
              : key === 'answered'
                ? entry.answer !== null
                : key === 'inUse'
                  ? entry.inUse
                  : key === 'notApplicable'
                    ? entry.answer === 'na'
                    : entry.answer === null,
          ).length,
        );
      }
      expect(nivelTypes.asked).toBe(applications.filter((entry) => entry.nivelType).length);
      expect(JSON.stringify(adoptionProfile(raw(response)))).toBe(JSON.stringify(profile));
    },
  );
});

describe('adoptionProfile against the profile before its faster rewrite', () => {
  // The rewrite (types by id, the domains gathered in one pass, frozen as it is made rather than
  // deep-frozen afterwards) must give exactly the profile of the code before it, as deeply frozen.
  test.prop([fc.constantFrom(...questionnaires).chain((of) => responseArb(of))])(
    'gives byte for byte the same profile, deep-frozen, for any response to a published questionnaire',
    (response) => {
      const profile = adoptionProfile(response);
      expect(JSON.stringify(profile)).toBe(JSON.stringify(adoptionProfileBefore(response)));
      expect(isDeepFrozen(profile)).toBe(true);
    },
  );

  it('gives the same profile for the custom questionnaire and every sample', () => {
    const responses = [...samplePractices, ...samplePracticesV1];
    for (const response of responses)
      expect(JSON.stringify(adoptionProfile(response))).toBe(
        JSON.stringify(adoptionProfileBefore(response)),
      );
    const options = { questionnaire: custom };
    for (const answers of [
      {},
      { 'uses-portal': 3, 'uses-website': 'na' as const, 'uses-vault': 1 },
    ]) {
      const response = buildResponse(custom, answers);
      expect(JSON.stringify(adoptionProfile(response, options))).toBe(
        JSON.stringify(adoptionProfileBefore(response, options)),
      );
      expect(isDeepFrozen(adoptionProfile(response, options))).toBe(true);
    }
  });
});
