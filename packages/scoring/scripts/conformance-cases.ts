// The conformance vectors: which cases exist and how each is built. Used by the generator script
// and by the test that checks the shipped files are current.
import {
  answerScaleMax,
  getQuestionnaire,
  type PracticeResponse,
  type Questionnaire,
} from '@praktijkscan/model';

// Every published version has vectors: 1.0.0's keep their file names and numbers, 2.0.0's follow.
const published = getQuestionnaire('1.0.0');
const current = getQuestionnaire('2.0.0');

import fc from 'fast-check';
import { type ScoreOptions, type ScoreResult, scoreResponse } from '../src';
import { responseArb } from '../test/support/arbitraries';
import { buildQuestionnaire, buildResponse } from '../test/support/build';

/** One conformance vector as shipped. */
export interface ConformanceVector {
  readonly description: string;
  readonly questionnaire: { readonly id: string; readonly version: string };
  readonly options?: Pick<ScoreOptions, 'phaseThreshold' | 'phaseCoverage'>;
  readonly response: PracticeResponse;
  readonly expected: ScoreResult;
}

interface Case {
  readonly name: string;
  readonly description: string;
  readonly questionnaire: Questionnaire;
  readonly response: PracticeResponse;
  readonly options?: Pick<ScoreOptions, 'phaseThreshold' | 'phaseCoverage'>;
}

const allAt = (
  of: Questionnaire,
  value: (item: Questionnaire['items'][number]) => number | 'na' | undefined,
) =>
  Object.fromEntries(
    of.items.flatMap((item) => {
      const answer = value(item);
      return answer === undefined ? [] : [[item.id, answer]];
    }),
  );

const roundingQuestionnaire = buildQuestionnaire(
  [
    { id: 'r-agreement-1', weights: { safety: 1, equity: 1 } },
    { id: 'r-agreement-2', weights: { safety: 3, efficiency: 2 } },
    { id: 'r-yes-no-1', scale: 'yes-no', weights: { safety: 1, timeliness: 2 } },
    {
      id: 'r-yes-no-2',
      scale: 'yes-no',
      weights: { safety: 2, effectiveness: 3 },
      allowsNotApplicable: true,
    },
    {
      id: 'r-usage',
      scale: 'usage',
      weights: { safety: 0, 'person-centredness': 3 },
      allowsNotApplicable: true,
    },
    { id: 'r-judgement', scored: false },
  ],
  'conformance-rounding',
);

const phaseQuestionnaire = buildQuestionnaire(
  [
    { id: 'p1-a', inkPhase: 1 },
    { id: 'p1-b', inkPhase: 1 },
    { id: 'p1-c', inkPhase: 1 },
    { id: 'p2-a', inkPhase: 2, allowsNotApplicable: true },
    { id: 'p2-b', inkPhase: 2, allowsNotApplicable: true },
    { id: 'p3-a', inkPhase: 3, scale: 'yes-no' },
    { id: 'p3-b', inkPhase: 3, scale: 'yes-no' },
    { id: 'p4-a', inkPhase: 4 },
    { id: 'p5-a', inkPhase: 5 },
  ],
  'conformance-phases',
);

// Denominators 16 and 3: exact halves (6.25, 31.25) that only round half up correctly, and thirds.
const fractionsQuestionnaire = buildQuestionnaire(
  [
    { id: 'h-1', section: 'halves' },
    { id: 'h-2', section: 'halves' },
    { id: 'h-3', section: 'halves' },
    { id: 'h-4', section: 'halves' },
    {
      id: 't-1',
      scale: 'yes-no',
      weights: { safety: 0, efficiency: 1 },
      section: 'thirds',
      theme: 'adoption',
    },
    {
      id: 't-2',
      scale: 'yes-no',
      weights: { safety: 0, efficiency: 1 },
      section: 'thirds',
      theme: 'adoption',
    },
    {
      id: 't-3',
      scale: 'yes-no',
      weights: { safety: 0, efficiency: 1 },
      section: 'thirds',
      theme: 'adoption',
    },
  ],
  'conformance-fractions',
);

/** The custom questionnaires the vectors use, shipped beside them. */
export const conformanceQuestionnaires: readonly Questionnaire[] = [
  published,
  current,
  roundingQuestionnaire,
  phaseQuestionnaire,
  fractionsQuestionnaire,
];

/** The edge cases on a published questionnaire, named with `prefix`. */
function publishedCases(published: Questionnaire, prefix: string): Case[] {
  return [
    {
      name: `${prefix}-all-max`,
      description:
        'Every item of the published questionnaire at its maximum: 100.0 everywhere, phase 5.',
      questionnaire: published,
      response: buildResponse(
        published,
        allAt(published, (item) => answerScaleMax(item.scale)),
      ),
    },
    {
      name: `${prefix}-all-zero`,
      description: 'Every item at 0: 0.0 everywhere, phase 0, next phase 1 with progress 0.',
      questionnaire: published,
      response: buildResponse(
        published,
        allAt(published, () => 0),
      ),
    },
    {
      name: `${prefix}-nothing-answered`,
      description: 'No answers: every score null, coverage 0, every scored item missing.',
      questionnaire: published,
      response: buildResponse(published, {}),
    },
    {
      name: `${prefix}-na-where-allowed`,
      description:
        '"na" wherever allowed, the maximum elsewhere: "na" removes items from both sides.',
      questionnaire: published,
      response: buildResponse(
        published,
        allAt(published, (item) => (item.allowsNotApplicable ? 'na' : answerScaleMax(item.scale))),
      ),
    },
    {
      name: `${prefix}-leap-day`,
      description:
        'Completed on 29 February: next-phase dates follow date-fns (28 February a year on).',
      questionnaire: published,
      response: buildResponse(
        published,
        allAt(published, (item) => (item.inkPhase === 1 ? answerScaleMax(item.scale) : 1)),
        { completedOn: '2024-02-29' },
      ),
    },
  ];
}

function handBuilt(): Case[] {
  const idea = (id: string, effect: number, energy: number) => ({ id, title: id, effect, energy });
  return [
    ...publishedCases(published, 'published'),
    {
      name: 'rounding-weighted',
      description:
        'Weighted sums over items of all three scales with different weights, and the own judgement reported beside the overall score.',
      questionnaire: roundingQuestionnaire,
      response: buildResponse(roundingQuestionnaire, {
        'r-agreement-1': 1,
        'r-agreement-2': 2,
        'r-yes-no-1': 1,
        'r-yes-no-2': 0,
        'r-usage': 3,
        'r-judgement': 2,
      }),
    },
    {
      name: 'rounding-weighted-na',
      description:
        'Weighted sums with the usage item "na" and one yes-no item missing: "na" leaves both sides of every fraction, missing lowers coverage only.',
      questionnaire: roundingQuestionnaire,
      response: buildResponse(roundingQuestionnaire, {
        'r-agreement-1': 4,
        'r-agreement-2': 1,
        'r-yes-no-1': 0,
        'r-usage': 'na',
      }),
    },
    {
      name: 'aspect-nothing-applicable',
      description:
        'The only items bearing on person-centredness and effectiveness are "na": those aspects are null and the overall mean is over the other four; the judgement is missing.',
      questionnaire: roundingQuestionnaire,
      response: buildResponse(roundingQuestionnaire, {
        'r-agreement-1': 3,
        'r-agreement-2': 3,
        'r-yes-no-1': 1,
        'r-yes-no-2': 'na',
        'r-usage': 'na',
      }),
    },
    {
      name: 'missing-lowers-coverage-only',
      description: 'Two items missing: scores as without them, coverage lower.',
      questionnaire: roundingQuestionnaire,
      response: buildResponse(roundingQuestionnaire, { 'r-agreement-1': 2, 'r-usage': 4 }),
    },
    {
      name: 'ideas-order',
      description:
        'Ideas in all four quadrants with ties on effect and energy: ordered by quadrant, effect, energy, then id in code-point order.',
      questionnaire: roundingQuestionnaire,
      response: buildResponse(
        roundingQuestionnaire,
        { 'r-agreement-1': 2 },
        {
          ideas: [
            idea('zeta', 1, 5),
            idea('b-quick', 2, 2),
            idea('a-quick', 2, 2),
            idea('weigh', 5, 5),
            idea('always-3', 3, 2),
            idea('always-5', 5, 2),
            idea('always-5-easy', 5, 1),
            idea('never', 2, 3),
          ],
        },
      ),
    },
    {
      name: 'phase-exact-fraction',
      description:
        'Phase 1 indicators score 2/3: reported 66.7, yet not attained at threshold 66.7 (66.666… < 66.7): comparisons use the exact fraction.',
      questionnaire: phaseQuestionnaire,
      options: { phaseThreshold: 66.7 },
      response: buildResponse(phaseQuestionnaire, { 'p1-a': 4, 'p1-b': 4, 'p1-c': 0 }),
    },
    {
      name: 'phase-exact-fraction-attained',
      description: 'The same answers at threshold 66.6: attained.',
      questionnaire: phaseQuestionnaire,
      options: { phaseThreshold: 66.6 },
      response: buildResponse(phaseQuestionnaire, { 'p1-a': 4, 'p1-b': 4, 'p1-c': 0 }),
    },
    {
      name: 'phase-coverage-boundary',
      description:
        'Phase 1 coverage exactly 2/3 of the indicators with coverage threshold 66.7: not attained.',
      questionnaire: phaseQuestionnaire,
      options: { phaseCoverage: 66.7 },
      response: buildResponse(phaseQuestionnaire, { 'p1-a': 4, 'p1-b': 4 }),
    },
    {
      name: 'phase-gap',
      description: 'Phases 1 and 3 attained, 2 not: the phase is 1.',
      questionnaire: phaseQuestionnaire,
      response: buildResponse(phaseQuestionnaire, {
        'p1-a': 4,
        'p1-b': 3,
        'p1-c': 3,
        'p2-a': 1,
        'p2-b': 1,
        'p3-a': 1,
        'p3-b': 1,
        'p4-a': 4,
        'p5-a': 4,
      }),
    },
    {
      name: 'phase-not-applicable',
      description:
        'Phase 2 indicators all "na": phase 2 is not attained (marking items "na" never raises the phase).',
      questionnaire: phaseQuestionnaire,
      response: buildResponse(phaseQuestionnaire, {
        'p1-a': 4,
        'p1-b': 4,
        'p1-c': 4,
        'p2-a': 'na',
        'p2-b': 'na',
        'p3-a': 1,
        'p3-b': 1,
        'p4-a': 4,
        'p5-a': 4,
      }),
    },
    {
      name: 'phase-five',
      description: 'Every phase attained at the default thresholds: phase 5, no next phase.',
      questionnaire: phaseQuestionnaire,
      response: buildResponse(
        phaseQuestionnaire,
        {
          'p1-a': 3,
          'p1-b': 3,
          'p1-c': 2,
          'p2-a': 3,
          'p2-b': 'na',
          'p3-a': 1,
          'p3-b': 1,
          'p4-a': 3,
          'p5-a': 3,
        },
        { completedOn: '2026-12-31' },
      ),
    },
    {
      name: 'rounding-half-up-6-25',
      description:
        'Safety is exactly 1/16 = 6.25 and rounds half up to 6.3 (half to even would give 6.2); efficiency is 1/3 = 33.3.',
      questionnaire: fractionsQuestionnaire,
      response: buildResponse(fractionsQuestionnaire, {
        'h-1': 1,
        'h-2': 0,
        'h-3': 0,
        'h-4': 0,
        't-1': 1,
        't-2': 0,
        't-3': 0,
      }),
    },
    {
      name: 'rounding-half-up-31-25',
      description:
        'Safety is exactly 5/16 = 31.25 and rounds half up to 31.3 (half to even: 31.2); efficiency is 2/3 = 66.7; the overall mean of 313 and 667 tenths is 49.0.',
      questionnaire: fractionsQuestionnaire,
      response: buildResponse(fractionsQuestionnaire, {
        'h-1': 4,
        'h-2': 1,
        'h-3': 0,
        'h-4': 0,
        't-1': 1,
        't-2': 1,
        't-3': 0,
      }),
    },
  ];
}

function generated(published: Questionnaire, prefix: string, count: number): Case[] {
  // Fixed seeds: the same vectors on every run and every machine.
  return Array.from({ length: count }, (_, index) => {
    const [response] = fc.sample(responseArb(published), { seed: 20261122 + index, numRuns: 1 });
    return {
      name: `${prefix}-generated-${String(index + 1).padStart(2, '0')}`,
      description: `Generated from fast-check seed ${20261122 + index}: answers, "na", missing items and ideas at random.`,
      questionnaire: published,
      response: { ...(response as PracticeResponse), practiceId: `generated-${index + 1}` },
    };
  });
}

/** Every conformance vector, in file order: hand-built edge cases first, then generated ones. */
export function conformanceVectors(): { file: string; vector: ConformanceVector }[] {
  const cases = [
    ...handBuilt(),
    ...generated(published, 'published', 50),
    ...publishedCases(current, 'published-2'),
    ...generated(current, 'published-2', 20),
  ];
  return cases.map((entry, index) => {
    const options = entry.options ?? {};
    return {
      file: `${String(index + 1).padStart(3, '0')}-${entry.name}.json`,
      vector: {
        description: entry.description,
        questionnaire: { id: entry.questionnaire.id, version: entry.questionnaire.version },
        ...(entry.options ? { options: entry.options } : {}),
        response: entry.response,
        expected: scoreResponse(entry.response, { questionnaire: entry.questionnaire, ...options }),
      },
    };
  });
}

/** The JSON text of a shipped file: two-space indent and a final newline. */
export function toFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
