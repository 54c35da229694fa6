import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { answersByPlace } from '../src/input/answers-by-place';

const idArb = fc.constantFrom('a', 'b', 'c-d', 'e-1', 'f', 'constructor', 'to-string');
const answerArb = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('na' as const));

describe('answersByPlace', () => {
  // The answers by place are what reading each item by name from the answers gives, for every
  // item the answers hold; every other place is unanswered.
  test.prop([
    fc.uniqueArray(idArb, { maxLength: 7 }),
    fc.dictionary(idArb, answerArb, { maxKeys: 7 }),
  ])('reads every item at its place, as reading it by name does', (ids, answers) => {
    const placeById = new Map(ids.map((id, place) => [id, place]));
    const expected = ids.map((id) => (Object.hasOwn(answers, id) ? answers[id] : undefined));
    expect(answersByPlace(answers, placeById)).toEqual(expected);
    expect(answersByPlace(answers, placeById)).toHaveLength(ids.length);
  });

  it('leaves a property every object inherits unanswered', () => {
    const placeById = new Map([
      ['constructor', 0],
      ['a', 1],
    ]);
    expect(answersByPlace({ a: 2 }, placeById)).toStrictEqual([undefined, 2]);
  });

  it('ignores answers to items it has no place for', () => {
    expect(answersByPlace({ a: 1, b: 'na' }, new Map([['b', 0]]))).toStrictEqual(['na']);
  });
});
