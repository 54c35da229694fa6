import {
  type AspectWeights,
  answerScaleMax,
  igjThemeIds,
  type PracticeResponse,
  questionnaire as publishedQuestionnaire,
  type Questionnaire,
  qualityAspectIds,
} from '@praktijkscan/model';
import fc from 'fast-check';
import { buildQuestionnaire, buildResponse, type ItemSpec } from './build';

const weightArb = fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>;

const weightsArb: fc.Arbitrary<AspectWeights> = fc
  .tuple(...qualityAspectIds.map(() => weightArb))
  .filter((weights) => weights.some((weight) => weight > 0))
  .map(
    (weights) =>
      Object.fromEntries(
        qualityAspectIds.map((id, index) => [id, weights[index]]),
      ) as unknown as AspectWeights,
  );

const itemSpecArb = (index: number): fc.Arbitrary<ItemSpec> =>
  fc
    .record({
      id: fc.constant(`item-${index}`),
      scale: fc.constantFrom('agreement', 'yes-no', 'usage'),
      weights: weightsArb,
      section: fc.constantFrom('alpha', 'beta', 'gamma'),
      theme: fc.constantFrom(...igjThemeIds),
      inkPhase: fc.option(fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>, {
        nil: undefined,
      }),
      allowsNotApplicable: fc.boolean(),
    })
    .map((spec) => {
      const { inkPhase, ...rest } = spec;
      return inkPhase === undefined ? rest : { ...rest, inkPhase };
    });

/** A valid custom questionnaire of 1 to 14 scored items and, sometimes, an unscored judgement item. */
export const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .tuple(fc.integer({ min: 1, max: 14 }), fc.boolean())
  .chain(([count, withJudgement]) =>
    fc
      .tuple(...Array.from({ length: count }, (_, index) => itemSpecArb(index)))
      .map((specs) =>
        buildQuestionnaire(
          withJudgement
            ? [...specs, { id: 'own-judgement', scored: false, section: 'alpha' }]
            : specs,
        ),
      ),
  );

/** An answer for an item: missing (undefined), "na" where allowed, or 0..max. */
const answerArb = (item: Questionnaire['items'][number]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    ...(item.allowsNotApplicable ? [{ weight: 1, arbitrary: fc.constant('na' as const) }] : []),
    { weight: 4, arbitrary: fc.integer({ min: 0, max: answerScaleMax(item.scale) }) },
  );

const dateArb = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const ideaArb = (index: number) =>
  fc.record({
    id: fc.constant(`idea-${index}`),
    title: fc.constant(`Idea ${index}`),
    effect: fc.integer({ min: 1, max: 5 }),
    energy: fc.integer({ min: 1, max: 5 }),
  });

/** A valid response to the questionnaire, with missing answers, "na" and ideas. */
export function responseArb(of: Questionnaire): fc.Arbitrary<PracticeResponse> {
  return fc
    .tuple(
      fc.tuple(...of.items.map((item) => answerArb(item))),
      fc.oneof(dateArb, fc.constantFrom('2024-02-29', '2023-12-31', '2026-03-29', '2026-10-25')),
      fc
        .integer({ min: 0, max: 5 })
        .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => ideaArb(index)))),
    )
    .map(([answers, completedOn, ideas]) => {
      const entries = of.items.flatMap((item, index) =>
        answers[index] === undefined ? [] : [[item.id, answers[index]] as const],
      );
      return buildResponse(of, Object.fromEntries(entries), { completedOn, ideas });
    });
}

/** A questionnaire (custom or the published one) with a response to it. */
export const scenarioArb: fc.Arbitrary<{
  questionnaire: Questionnaire;
  response: PracticeResponse;
}> = fc
  .oneof(questionnaireArb, fc.constant(publishedQuestionnaire))
  .chain((questionnaire) =>
    responseArb(questionnaire).map((response) => ({ questionnaire, response })),
  );
