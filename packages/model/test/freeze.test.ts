import { describe, expect, it } from 'vitest';
import { deepFreeze, isDeepFrozen, questionnaire } from '../src';

describe('deepFreeze and isDeepFrozen', () => {
  it('the published questionnaire is deep-frozen', () => {
    expect(isDeepFrozen(questionnaire)).toBe(true);
  });

  it('sees an unfrozen object at any depth, and deepFreeze freezes every level', () => {
    const data = { items: [{ weights: { safety: 1 } }] };
    expect(isDeepFrozen(data)).toBe(false);
    Object.freeze(data);
    expect(isDeepFrozen(data)).toBe(false);
    const fresh = deepFreeze({ items: [{ weights: { safety: 1 } }] });
    expect(isDeepFrozen(fresh)).toBe(true);
    expect(Object.isFrozen(fresh.items[0]?.weights)).toBe(true);
    expect(isDeepFrozen(null)).toBe(true);
    expect(isDeepFrozen('text')).toBe(true);
  });
});
