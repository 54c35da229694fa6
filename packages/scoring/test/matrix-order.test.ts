import { qualityAspectIds } from '@praktijkscan/model';
import { describe, expect, it } from 'vitest';
import { compareByMatrix, orderByMatrix, quadrantRank, round1 } from '../src';

const [first, second, third] = qualityAspectIds;
if (first === undefined || second === undefined || third === undefined)
  throw new Error('three quality aspects expected');

describe('compareByMatrix: the weakest aspect served', () => {
  const scores = { [first]: { score: 30 }, [second]: { score: 70 }, [third]: { score: 50 } };

  it('is the lowest score of the aspects, in whatever order they are listed', () => {
    // "z" serves a 30 and a 70, "a" a 50: "z" comes first, its id notwithstanding.
    const fifty = { id: 'a', effect: 4, energy: 2, aspects: [third] };
    for (const aspects of [
      [first, second],
      [second, first],
    ]) {
      const served = { id: 'z', effect: 4, energy: 2, aspects };
      expect(compareByMatrix(served, fifty, scores)).toBeLessThan(0);
      expect(compareByMatrix(fifty, served, scores)).toBeGreaterThan(0);
      expect(orderByMatrix([fifty, served], scores).map((item) => item.id)).toEqual(['z', 'a']);
    }
  });

  it('puts the weaker one first both ways round', () => {
    const weak = { id: 'z', effect: 4, energy: 2, aspects: [first] };
    const strong = { id: 'a', effect: 4, energy: 2, aspects: [second] };
    expect(compareByMatrix(weak, strong, scores)).toBeLessThan(0);
    expect(compareByMatrix(strong, weak, scores)).toBeGreaterThan(0);
  });
});

describe('compareByMatrix: ids in code-point order', () => {
  const item = (id: string) => ({ id, effect: 4, energy: 2 });
  const compare = (a: string, b: string) => compareByMatrix(item(a), item(b));

  it('steps over a character outside the BMP as one code point on either side', () => {
    expect(compare('😀a', '😀b')).toBeLessThan(0);
    expect(compare('😀b', '😀a')).toBeGreaterThan(0);
  });

  it('reads U+FFFF as one unit', () => {
    expect(compare('\uffffab', '\uffffb')).toBeLessThan(0);
    expect(compare('\uffffb', '\uffffab')).toBeGreaterThan(0);
  });
});

describe('quadrantRank and round1: their messages', () => {
  it('names an unknown quadrant', () => {
    expect(() => quadrantRank('sometimes' as never)).toThrow(
      new RangeError('Unknown quadrant "sometimes"'),
    );
  });

  it('names the numbers round1 cannot take', () => {
    expect(() => round1(1, 0)).toThrow(
      new RangeError('round1 needs integers num >= 0 and den > 0, got 1 and 0'),
    );
  });
});
