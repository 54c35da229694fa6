import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import {
  bottlenecks,
  type Locale,
  type Questionnaire,
  qualityAspectIds,
  qualityAspects,
  questionnaire,
} from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import {
  type FhirQuestionnaireItem,
  fhirLinkIds,
  fhirUrls,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
} from '../src';
import { responseArb } from './support/arbitraries';
import { fhirPathScorer } from './support/fhirpath-scores';

const groupOf = (items: readonly FhirQuestionnaireItem[] | undefined, linkId: string) => {
  const found = items?.find((item) => item.linkId === linkId);
  if (!found) throw new Error(`no item ${linkId}`);
  return found;
};
const hidden = {
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  valueBoolean: true,
};

describe.each(['nl', 'en'] as const)(
  'the scan as Questionnaire items, locale %s',
  (locale: Locale) => {
    const fhir = toFhirQuestionnaire(questionnaire, { locale });

    it('asks for the practice name and id, the completion date and the last practice visit', () => {
      const practice = groupOf(fhir.item, 'scan.practice');
      expect(practice.type).toBe('group');
      expect(
        practice.item?.map((item) => [item.linkId, item.type, item.required, item.maxLength]),
      ).toEqual([
        ['scan.practice-name', 'string', false, 200],
        ['scan.practice-id', 'string', false, 128],
        ['scan.completed-on', 'date', false, undefined],
        ['scan.last-practice-visit', 'date', false, undefined],
      ]);
      // The completion date starts as today in the filler's calendar.
      expect(groupOf(practice.item, 'scan.completed-on').extension).toEqual([
        {
          url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression',
          valueExpression: { language: 'text/fhirpath', expression: 'today()' },
        },
      ]);
      expect(groupOf(practice.item, 'scan.practice-id').item?.[0]?.linkId).toBe(
        'scan.practice-id.help',
      );
    });

    it('offers every known bottleneck as a check box, and own bottlenecks as repeating text', () => {
      const group = groupOf(fhir.item, 'scan.bottlenecks');
      const known = groupOf(group.item, 'scan.bottleneck');
      expect(known).toMatchObject({ type: 'choice', repeats: true, required: false });
      expect(known.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('check-box');
      expect(known.answerOption?.map((option) => option.valueCoding)).toEqual(
        bottlenecks.map((bottleneck) => ({
          system: fhirUrls.bottleneckSystem,
          code: bottleneck.id,
          display: bottleneck.label[locale],
          _display: expect.anything(),
        })),
      );
      expect(groupOf(group.item, 'scan.own-bottleneck')).toMatchObject({
        type: 'string',
        repeats: true,
        maxLength: 300,
      });
    });

    it('has a repeating idea group with the fields of the improvement form, effect and energy 1..5', () => {
      const idea = groupOf(fhir.item, 'scan.idea');
      expect(idea).toMatchObject({ type: 'group', repeats: true, required: false });
      expect(idea.item?.map((item) => [item.linkId, item.type, item.required])).toEqual([
        ['scan.idea.id', 'string', false],
        ['scan.idea.title', 'string', true],
        ['scan.idea.date', 'date', false],
        ['scan.idea.from', 'string', false],
        ['scan.idea.team', 'string', false],
        ['scan.idea.problem', 'text', false],
        ['scan.idea.size', 'text', false],
        ['scan.idea.idea', 'text', false],
        ['scan.idea.yield', 'text', false],
        ['scan.idea.involve', 'text', false],
        ['scan.idea.effect', 'choice', true],
        ['scan.idea.energy', 'choice', true],
      ]);
      expect(groupOf(idea.item, 'scan.idea.id').extension).toEqual([hidden]);
      for (const kind of ['effect', 'energy'] as const) {
        const options = groupOf(idea.item, `scan.idea.${kind}`).answerOption ?? [];
        expect(options.map((option) => option.valueCoding.code)).toEqual(['1', '2', '3', '4', '5']);
        expect(new Set(options.map((option) => option.valueCoding.system))).toEqual(
          new Set([fhirUrls.ratingSystem]),
        );
      }
      expect(Object.values(fhirLinkIds.ideaFields)).toEqual(idea.item?.map((item) => item.linkId));
    });

    it('has a read-only score per quality aspect and an overall score, each calculated', () => {
      const scores = groupOf(fhir.item, 'scan.scores');
      const items = scores.item?.slice(1) ?? [];
      expect(scores.item?.[0]?.type).toBe('display');
      expect(items.map((item) => [item.linkId, item.type, item.readOnly, item.text])).toEqual([
        ...qualityAspectIds.map((aspect) => [
          `scan.score.${aspect}`,
          'decimal',
          true,
          qualityAspects.find((candidate) => candidate.id === aspect)?.label[locale],
        ]),
        ['scan.score.overall', 'decimal', true, locale === 'nl' ? 'Totaalscore' : 'Overall score'],
      ]);
      for (const item of items) {
        expect(item.extension?.[0]?.url).toBe(
          'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
        );
      }
      // Every variable is named as an R4 id (letters, digits, at most 64) and a FHIRPath identifier.
      for (const variable of scores.extension ?? []) {
        expect(variable.valueExpression?.name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,63}$/);
      }
    });
  },
);

describe('texts of the improvement form', () => {
  const seed = readFileSync(
    new URL('../../../reference/seeds/004_a7ae77890b5be1ca.txt', import.meta.url),
    'utf8',
  ).replace(/\s+/g, ' ');
  const fields = toFhirQuestionnaire(questionnaire, { locale: 'nl' })
    .item?.find((item) => item.linkId === 'scan.idea')
    ?.item?.filter((item) => !/\.(id|effect|energy)$/.test(item.linkId));

  it.each(fields?.map((item) => [item.linkId, item.text ?? ''] as const) ?? [])(
    '%s asks what the form of seed 004 asks',
    (_, text) => {
      // Each question of a label ("Wat is …? Wat is …?") is in the form as written.
      for (const part of text.split(/(?<=\?) /)) expect(seed).toContain(part);
    },
  );
});

describe('the calculated scores equal scoreResponse (FHIRPath, evaluated with fhirpath.js)', {
  timeout: 120_000,
}, () => {
  const scorer = fhirPathScorer(toFhirQuestionnaire(questionnaire));
  const expected = (response: Parameters<typeof scoreResponse>[0], custom?: Questionnaire) => {
    const result = scoreResponse(response, custom ? { questionnaire: custom } : {});
    return {
      aspects: Object.fromEntries(
        qualityAspectIds.map((aspect) => [aspect, result.aspects[aspect].score]),
      ),
      overall: result.overall,
    };
  };

  it.each(samplePractices.map((sample) => [sample.practiceId, sample] as const))(
    'for the sample %s',
    (_, sample) => {
      expect(scorer(toFhirQuestionnaireResponse(sample))).toEqual(expected(sample));
    },
  );

  it('with nothing answered: no aspect score and no overall score', () => {
    const empty = { ...samplePractices[0]!, answers: {} };
    expect(scorer(toFhirQuestionnaireResponse(empty))).toEqual(expected(empty));
    expect(scorer(toFhirQuestionnaireResponse(empty)).overall).toBeNull();
  });

  test.prop([responseArb], { numRuns: 40 })('for any response', (response) => {
    expect(scorer(toFhirQuestionnaireResponse(response))).toEqual(expected(response));
  });

  // Generic over the questionnaire: other weights (as a new version may have) give other
  // expressions, still equal to scoreResponse.
  const weightsArb = fc.array(
    fc.record(
      Object.fromEntries(
        qualityAspectIds.map((aspect) => [aspect, fc.constantFrom(0, 1, 2, 3)]),
      ) as Record<(typeof qualityAspectIds)[number], fc.Arbitrary<0 | 1 | 2 | 3>>,
    ),
    { minLength: questionnaire.items.length, maxLength: questionnaire.items.length },
  );
  test.prop([weightsArb, responseArb], { numRuns: 8 })(
    'for a questionnaire with other weights',
    (weights, response) => {
      const custom: Questionnaire = {
        ...questionnaire,
        id: 'regio-scan',
        version: '2.0.0',
        items: questionnaire.items.map((item, index) => {
          const changed = { ...item.weights, ...weights[index] };
          // A scored item keeps at least one positive weight; an unscored one has none.
          const positive = Object.values(changed).some((weight) => weight > 0);
          return { ...item, weights: item.scored && positive ? changed : item.weights };
        }),
      };
      const answer = { ...response, questionnaire: { id: 'regio-scan', version: '2.0.0' } };
      const scorerFor = fhirPathScorer(toFhirQuestionnaire(custom));
      expect(scorerFor(toFhirQuestionnaireResponse(answer, { questionnaire: custom }))).toEqual(
        expected(answer, custom),
      );
    },
  );
});
