import { describe, expect, it } from 'vitest';
import { scoreResponse } from '../src';
import { buildQuestionnaire, buildResponse } from './support/build';

// The worked example of docs/scoring.md, calculated there by hand.
describe('the worked example of docs/scoring.md', () => {
  const questionnaire = buildQuestionnaire([
    { id: 'a-vision', scale: 'agreement', weights: { safety: 1, efficiency: 2 } },
    { id: 'b-self-triage', scale: 'yes-no', weights: { safety: 3, timeliness: 2 } },
    {
      id: 'c-portal',
      scale: 'usage',
      weights: { safety: 0, efficiency: 1, timeliness: 1 },
      allowsNotApplicable: true,
    },
    { id: 'd-digital-skills', scale: 'agreement', weights: { safety: 0, equity: 2 } },
  ]);
  const result = scoreResponse(
    buildResponse(questionnaire, { 'a-vision': 3, 'b-self-triage': 1, 'c-portal': 'na' }),
    { questionnaire },
  );

  it('gives the aspect scores and coverage calculated by hand', () => {
    expect(result.aspects).toEqual({
      safety: { score: 85.7, coverage: 100 },
      effectiveness: { score: null, coverage: null },
      efficiency: { score: 75, coverage: 100 },
      'person-centredness': { score: null, coverage: null },
      timeliness: { score: 100, coverage: 100 },
      equity: { score: null, coverage: 0 },
    });
  });

  it('gives the overall score 86.9 and the completeness', () => {
    expect(result.overall).toBe(86.9);
    expect(result.completeness).toEqual({
      answered: 2,
      applicable: 3,
      missing: ['d-digital-skills'],
    });
  });
});
