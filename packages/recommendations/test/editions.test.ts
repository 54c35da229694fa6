import { type Locale, type Questionnaire, questionnaire } from '@praktijkscan/model';
import { sampleStarting } from '@praktijkscan/model/samples';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { RecommendOptionsError, RuleValidationError, recommend } from '../src';
import * as en from '../src/editions/en';
import * as nl from '../src/editions/nl';
import { candidateResponses } from './support/candidates';

const editions = { nl, en } as const;
const other: Readonly<Record<Locale, Locale>> = { nl: 'en', en: 'nl' };

const extraRules = [
  {
    name: 'extra-map-bottlenecks',
    priority: 1,
    conditions: { all: [{ fact: 'overall', operator: 'lessThan', value: 101 }] },
    event: { type: 'recommend', params: { recommendation: 'map-bottlenecks' } },
  },
];

// Many recommend calls on two paths: seconds on a busy two-core machine.
describe.each(Object.keys(editions) as Locale[])(
  'the %s edition of recommend',
  { timeout: 120_000 },
  (locale) => {
    const edition = editions[locale];

    it('recommends what recommend does in its language, for responses that fire every rule', async () => {
      for (const { response, asOf, team } of candidateResponses()) {
        const result = scoreResponse(response);
        const teamOption = team ? { team } : {};
        for (const options of [
          { asOf, ...teamOption },
          {
            asOf,
            extraRules,
            ratings: { 'map-bottlenecks': { effect: 5, energy: 1 } },
            ...teamOption,
          },
        ]) {
          const expected = await recommend(result, response, { ...options, locale });
          expect(await edition.recommend(result, response, options)).toEqual(expected);
          expect(await edition.recommend(result, response, { ...options, locale })).toEqual(
            expected,
          );
        }
      }
    });

    it('refuses the other language, saying where both are', async () => {
      const result = scoreResponse(sampleStarting);
      const refusal = edition
        .recommend(result, sampleStarting, { asOf: '2026-11-22', locale: other[locale] })
        .catch((error: unknown) => error);
      const error = await refusal;
      expect(error).toBeInstanceOf(RecommendOptionsError);
      expect(error).toBeInstanceOf(edition.RecommendOptionsError);
      expect((error as RecommendOptionsError).option).toBe('locale');
      expect((error as Error).message).toContain(
        '@praktijkscan/recommendations has both languages',
      );
    });

    it('exports the errors it throws', async () => {
      expect(edition.RecommendOptionsError).toBe(RecommendOptionsError);
      const result = scoreResponse(sampleStarting);
      await expect(
        edition.recommend(result, sampleStarting, { asOf: '2026-11-22', extraRules: [{}] }),
      ).rejects.toBeInstanceOf(edition.RuleValidationError);
      expect(edition.RuleValidationError).toBe(RuleValidationError);
    });

    it('names the items of a questionnaire passed in with that questionnaire’s texts', async () => {
      const renamed: Questionnaire = {
        ...questionnaire,
        items: questionnaire.items.map((item) => ({
          ...item,
          text: { nl: `Vraag ${item.id}`, en: `Question ${item.id}` },
        })),
      };
      const result = scoreResponse(sampleStarting, { questionnaire: renamed });
      const steps = await edition.recommend(result, sampleStarting, {
        asOf: '2026-11-22',
        questionnaire: renamed,
      });
      const answerReasons = steps
        .flatMap((step) => step.reasons)
        .filter((reason) => reason.fact.startsWith('answer.'));
      expect(answerReasons.length).toBeGreaterThan(0);
      for (const reason of answerReasons) {
        const id = reason.fact.slice('answer.'.length);
        expect(reason.text).toContain(locale === 'nl' ? `Vraag ${id}` : `Question ${id}`);
      }
      expect(
        await edition.recommend(result, sampleStarting, {
          asOf: '2026-11-22',
          questionnaire: renamed,
        }),
      ).toEqual(
        await recommend(result, sampleStarting, {
          asOf: '2026-11-22',
          questionnaire: renamed,
          locale,
        }),
      );
    });
  },
);
