import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { scoreResponse } from '../src';

const lowest = { phaseThreshold: 0, phaseCoverage: 0 };
const none = { '1': false, '2': false, '3': false, '4': false, '5': false };

describe('INK phases at the lowest thresholds', () => {
  it('attains every phase of which something was answered', () => {
    expect(scoreResponse(sampleHalfway, lowest).inkPhase).toMatchObject({
      phase: 5,
      attained: { '1': true, '2': true, '3': true, '4': true, '5': true },
      next: null,
    });
  });

  it('attains no phase of which nothing was answered, even at threshold and coverage 0', () => {
    const unanswered = scoreResponse({ ...sampleHalfway, answers: {} }, lowest);
    expect(unanswered.inkPhase.phase).toBe(0);
    expect(unanswered.inkPhase.attained).toEqual(none);
  });
});
