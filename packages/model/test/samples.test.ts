import { describe, expect, it } from 'vitest';
import { bottleneckIds } from '../src/concepts/ids';
import type { QuestionnaireItem } from '../src/questionnaire/types';
import { questionnaireV1 } from '../src/questionnaire/v1';
import { questionnaireV2 } from '../src/questionnaire/v2';
import type { PracticeResponse } from '../src/response/types';
import {
  sampleAdvanced,
  sampleAdvancedV1,
  sampleHalfway,
  sampleHalfwayV1,
  samplePractices,
  sampleStarting,
  sampleStartingV1,
} from '../src/samples';

// Independent of the response validator: these checks read the questionnaire directly.

const maxByScale = { agreement: 4, 'yes-no': 1, usage: 4 } as const;
const itemsByVersion = new Map<string, ReadonlyMap<string, QuestionnaireItem>>(
  [questionnaireV1, questionnaireV2].map((published) => [
    published.version,
    new Map(published.items.map((item) => [item.id, item])),
  ]),
);
const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

describe.each([
  ['starting', sampleStarting, '2.0.0'],
  ['halfway', sampleHalfway, '2.0.0'],
  ['advanced', sampleAdvanced, '2.0.0'],
  ['starting (1.0.0)', sampleStartingV1, '1.0.0'],
  ['halfway (1.0.0)', sampleHalfwayV1, '1.0.0'],
  ['advanced (1.0.0)', sampleAdvancedV1, '1.0.0'],
] as const)('sample %s', (name, sample: PracticeResponse, version) => {
  const itemsById = itemsByVersion.get(version) ?? new Map<string, QuestionnaireItem>();
  it(`names questionnaire praktijkscan ${version}`, () => {
    expect(sample.questionnaire).toEqual({ id: 'praktijkscan', version });
  });

  it('has a sample practice id, a name and 2026 dates', () => {
    expect(sample.practiceId).toMatch(/^sample-[a-z0-9-]+$/);
    expect(sample.practiceName?.length ?? 0, `sample ${name} has no practice name`).toBeGreaterThan(
      0,
    );
    expect(isDate(sample.completedOn) && sample.completedOn.startsWith('2026-')).toBe(true);
    if (sample.lastPracticeVisitOn !== undefined) {
      expect(isDate(sample.lastPracticeVisitOn)).toBe(true);
      expect(sample.lastPracticeVisitOn < sample.completedOn, 'visit after completion').toBe(true);
    }
  });

  it('answers only known items, with an integer within the scale or "na" where allowed', () => {
    for (const [id, answer] of Object.entries(sample.answers)) {
      const item = itemsById.get(id);
      expect(item, `sample ${name}: answer for unknown item "${id}"`).toBeDefined();
      if (!item) continue;
      if (answer === 'na') {
        expect(
          item.allowsNotApplicable,
          `sample ${name}: "na" for "${id}", which does not allow it`,
        ).toBe(true);
      } else {
        expect(
          Number.isInteger(answer) && answer >= 0 && answer <= maxByScale[item.scale],
          `sample ${name}: answer ${answer} for "${id}" is outside 0..${maxByScale[item.scale]}`,
        ).toBe(true);
      }
    }
  });

  it('names only known bottlenecks, and gives its own in words', () => {
    for (const bottleneck of sample.bottlenecks) {
      expect(bottleneckIds, `sample ${name}: unknown bottleneck "${bottleneck}"`).toContain(
        bottleneck,
      );
    }
    for (const own of sample.ownBottlenecks) expect(own.trim().length).toBeGreaterThan(0);
  });

  it('has ideas with unique kebab-case ids and effect and energy integers 1..5', () => {
    const ids = sample.ideas.map((idea) => idea.id);
    expect(new Set(ids).size, `sample ${name}: duplicate idea id`).toBe(ids.length);
    for (const idea of sample.ideas) {
      expect(idea.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(idea.title.trim().length).toBeGreaterThan(0);
      for (const rating of [idea.effect, idea.energy]) {
        expect(
          Number.isInteger(rating) && rating >= 1 && rating <= 5,
          `sample ${name}: idea "${idea.id}" has rating ${rating} outside 1..5`,
        ).toBe(true);
      }
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(sample)).toBe(true);
    expect(Object.isFrozen(sample.answers)).toBe(true);
    expect(Object.isFrozen(sample.ideas)).toBe(true);
    for (const idea of sample.ideas) expect(Object.isFrozen(idea)).toBe(true);
  });
});

describe('the samples together', () => {
  it('are starting, halfway and advanced, in that order, frozen', () => {
    expect(samplePractices).toEqual([sampleStarting, sampleHalfway, sampleAdvanced]);
    expect(Object.isFrozen(samplePractices)).toBe(true);
  });

  it('differ as their names say: starting leaves items open, halfway uses "na", advanced scores high', () => {
    const itemsById = itemsByVersion.get('2.0.0') ?? new Map<string, QuestionnaireItem>();
    const scoredIds = questionnaireV2.items.map((item) => item.id);
    const missing = scoredIds.filter((id) => !(id in sampleStarting.answers));
    expect(
      missing.length,
      'the starting sample should leave a few items unanswered',
    ).toBeGreaterThan(0);
    expect(Object.values(sampleHalfway.answers)).toContain('na');
    const mean = (sample: PracticeResponse) => {
      const values = Object.entries(sample.answers).flatMap(([id, answer]) => {
        const item = itemsById.get(id);
        return item && answer !== 'na' ? [answer / maxByScale[item.scale]] : [];
      });
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    expect(mean(sampleStarting)).toBeLessThan(mean(sampleHalfway));
    expect(mean(sampleHalfway)).toBeLessThan(mean(sampleAdvanced));
    expect(mean(sampleAdvanced)).toBeLessThan(1);
  });

  it('give a practice visit date on two samples, one more than a year before completion', () => {
    const withVisit = samplePractices.filter((sample) => sample.lastPracticeVisitOn !== undefined);
    expect(withVisit.length).toBe(2);
    const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    expect(
      withVisit.some(
        (sample) => (sample.lastPracticeVisitOn ?? '') < yearBefore(sample.completedOn),
      ),
      'no sample had its last practice visit more than a year before completion',
    ).toBe(true);
  });

  it('have ideas in all four quadrants of the effect/energy matrix', () => {
    const quadrants = new Set(
      samplePractices.flatMap((sample) =>
        sample.ideas.map(
          (idea) =>
            `${idea.effect >= 3 ? 'high' : 'low'} effect, ${idea.energy >= 3 ? 'high' : 'low'} energy`,
        ),
      ),
    );
    for (const quadrant of [
      'high effect, low energy',
      'high effect, high energy',
      'low effect, low energy',
      'low effect, high energy',
    ]) {
      expect(quadrants.has(quadrant), `no sample idea with ${quadrant}`).toBe(true);
    }
  });
});
