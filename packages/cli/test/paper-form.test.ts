// The paper form round-trips: fill the Markdown form of `questionnaire --format markdown` with a
// sample as a practice would (dotted lines written on, boxes ticked), read it back, and get a
// response that validates, scores like the sample and gives the same recommendations.

import { questionnaire, safeParseResponse } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { scoreResponse } from '@praktijkscan/scoring';
import { describe, expect, it } from 'vitest';
import { renderQuestionnaireMarkdown } from '../src/render/questionnaire-markdown';
import { fillPaperForm, readPaperForm } from './support/paper-form';

const asOf = '2026-11-22';
const cases = samplePractices.flatMap((response) =>
  (['nl', 'en'] as const).map((locale) => ({ response, locale })),
);

describe.each(cases)(
  'the paper form filled with $response.practiceId ($locale)',
  ({ response, locale }) => {
    const blankForm = renderQuestionnaireMarkdown(questionnaire, locale);
    const filled = fillPaperForm(blankForm, response, questionnaire, locale);

    it('reads back as a valid response with every field the sample has', () => {
      expect(filled).not.toBe(blankForm);
      const parsed = safeParseResponse(readPaperForm(filled, questionnaire, locale));
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
      const read = parsed.data;
      expect(read.practiceId).toBe(response.practiceId);
      expect(read.practiceName).toBe(response.practiceName);
      expect(read.completedOn).toBe(response.completedOn);
      expect(read.lastPracticeVisitOn).toBe(response.lastPracticeVisitOn);
      expect(read.answers).toEqual(response.answers);
      expect(read.bottlenecks).toEqual(response.bottlenecks);
      expect(read.ownBottlenecks).toEqual(response.ownBottlenecks);
      // An idea on paper has no id; the reader makes one from its title.
      const withoutId = ({ id: _, ...rest }: { id: string }) => rest;
      expect(read.ideas.map(withoutId)).toEqual(response.ideas.map(withoutId));
    });

    it('scores like the sample and gives the same recommendations', async () => {
      const parsed = safeParseResponse(readPaperForm(filled, questionnaire, locale));
      if (!parsed.success) throw new Error('not a response');
      // The ideas' ids (made from their titles, checked above) are the one thing paper cannot
      // carry; the results name ideas by id, so the sample's ids are put back before comparing.
      const read = {
        ...parsed.data,
        ideas: parsed.data.ideas.map((idea, index) => ({ ...idea, id: response.ideas[index]!.id })),
      };
      expect(scoreResponse(read)).toEqual(scoreResponse(response));
      const steps = async (of: typeof response) =>
        (await recommend(scoreResponse(of), of, { asOf, locale })).map((step) => step.id);
      expect(await steps(read)).toEqual(await steps(response));
    });
  },
);

describe('reading the paper form back', () => {
  it('reads an untouched form as no answers, no bottlenecks and no ideas', () => {
    const read = readPaperForm(
      renderQuestionnaireMarkdown(questionnaire, 'nl'),
      questionnaire,
      'nl',
    );
    expect(read).toMatchObject({ answers: {}, bottlenecks: [], ownBottlenecks: [], ideas: [] });
    expect(read).not.toHaveProperty('practiceId');
  });
});
