import { parseResponse } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
import { describe, expect, it, vi } from 'vitest';
import { scoreResponse } from '../src';

describe('deterministic', () => {
  it('the same response gives byte-identical JSON, parsed or raw, on every call', () => {
    for (const sample of samplePractices) {
      const raw = JSON.parse(JSON.stringify(sample));
      const outputs = new Set([
        JSON.stringify(scoreResponse(sample)),
        JSON.stringify(scoreResponse(raw)),
        JSON.stringify(scoreResponse(parseResponse(raw))),
        JSON.stringify(scoreResponse(structuredClone(raw))),
      ]);
      expect(outputs.size).toBe(1);
    }
  });

  it('has a fixed key order', () => {
    const result = scoreResponse(samplePractices[0]);
    expect(Object.keys(result)).toEqual([
      'questionnaire',
      'practiceId',
      'completedOn',
      'overall',
      'aspects',
      'sections',
      'themes',
      'inkPhase',
      'completeness',
      'selfAssessment',
      'ideas',
    ]);
    expect(Object.keys(result.aspects)).toEqual([
      'safety',
      'effectiveness',
      'efficiency',
      'person-centredness',
      'timeliness',
      'equity',
    ]);
  });

  it('does not read the clock: results do not change when the system time does', () => {
    try {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
      const then = JSON.stringify(scoreResponse(samplePractices[1]));
      vi.setSystemTime(new Date('2040-06-30T23:59:59Z'));
      expect(JSON.stringify(scoreResponse(samplePractices[1]))).toBe(then);
    } finally {
      vi.useRealTimers();
    }
  });
});
