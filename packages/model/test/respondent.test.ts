import { describe, expect, it } from 'vitest';
import {
  findQuestionnaireStructure,
  parseResponse,
  respondentRoleIds,
  roleIds,
  safeParseResponse,
} from '../src';
import { sampleHalfway, sampleTeam, teamSampleDisagreements } from '../src/samples';

function withRespondent(respondent: unknown): Record<string, unknown> {
  return { ...JSON.parse(JSON.stringify(sampleHalfway)), respondent };
}

function problems(input: unknown): [string, string][] {
  const result = safeParseResponse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.pointer, issue.code]);
}

describe('respondent', () => {
  it('is optional: a response without one stays valid and gets none', () => {
    expect(parseResponse(sampleHalfway).respondent).toBeUndefined();
  });

  it('takes every role of the model and "other", with or without an opaque id', () => {
    expect(respondentRoleIds).toEqual([...roleIds, 'other']);
    for (const role of respondentRoleIds) {
      expect(parseResponse(withRespondent({ role })).respondent).toEqual({ role });
      expect(parseResponse(withRespondent({ role, id: 'r-7f3a-2' })).respondent).toEqual({
        role,
        id: 'r-7f3a-2',
      });
    }
  });

  it('keeps the respondent in canonical form after lastPracticeVisitOn and before answers', () => {
    const parsed = parseResponse(withRespondent({ id: 'x1', role: 'poh' }));
    const keys = Object.keys(parsed);
    expect(keys.indexOf('respondent')).toBe(keys.indexOf('answers') - 1);
    expect(Object.keys(parsed.respondent ?? {})).toEqual(['role', 'id']);
  });

  it('names an unknown role, an id that looks like a name, and unknown fields', () => {
    expect(problems(withRespondent({ role: 'receptionist' }))).toEqual([
      ['/respondent/role', 'unknown-role'],
    ]);
    expect(problems(withRespondent({ role: 'gp', id: 'Jan de Vries' }))).toEqual([
      ['/respondent/id', 'invalid-id'],
    ]);
    expect(problems(withRespondent({ role: 'gp', id: 'x'.repeat(81) }))).toEqual([
      ['/respondent/id', 'too-long'],
    ]);
    expect(problems(withRespondent({ role: 'gp', name: 'Jan' }))).toEqual([
      ['/respondent/name', 'unknown-field'],
    ]);
    expect(problems(withRespondent({}))).toEqual([['/respondent/role', 'missing-field']]);
    expect(problems(withRespondent('gp'))).toEqual([['/respondent', 'wrong-type']]);
  });

  it('says the unknown role, with the known ones in its params', () => {
    const nl = safeParseResponse(withRespondent({ role: 'baliemedewerker' }), { locale: 'nl' });
    expect(nl.success).toBe(false);
    if (!nl.success)
      expect(nl.error.issues[0]).toMatchObject({
        message: 'Onbekende rol "baliemedewerker".',
        params: { value: 'baliemedewerker', known: respondentRoleIds.join(', ') },
      });
  });
});

describe('the team sample', () => {
  it('is four valid responses of one practice and questionnaire, each with its own respondent', () => {
    expect(sampleTeam).toHaveLength(4);
    const parsed = sampleTeam.map((response) => parseResponse(response));
    expect(new Set(parsed.map((response) => response.practiceId)).size).toBe(1);
    expect(new Set(parsed.map((response) => JSON.stringify(response.questionnaire))).size).toBe(1);
    const ids = parsed.map((response) => response.respondent?.id);
    expect(new Set(ids).size).toBe(4);
    expect(parsed.map((response) => response.respondent?.role)).toEqual([
      'gp',
      'practice-manager',
      'doctors-assistant',
      'doctors-assistant',
    ]);
  });

  it('disagrees by two points or more (or at all on yes/no) exactly where it says it does', () => {
    const ref = sampleTeam[0]?.questionnaire;
    const answered = ref && findQuestionnaireStructure(ref.id, ref.version);
    if (!answered) throw new Error('the team sample answers no published questionnaire');
    const items = new Map(answered.items.map((item) => [item.id, item]));
    const wide: string[] = [];
    for (const item of items.values()) {
      const values = sampleTeam
        .map((response) => response.answers[item.id])
        .filter((answer): answer is number => typeof answer === 'number');
      const spread = Math.max(...values) - Math.min(...values);
      if (item.scored && spread >= (item.scale === 'yes-no' ? 1 : 2)) wide.push(item.id);
    }
    expect(wide.sort()).toEqual(Object.keys(teamSampleDisagreements).sort());
  });
});
