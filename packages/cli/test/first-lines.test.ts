import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstLines, hashPracticeId } from '../src/commands/first-lines';

/** Replays `ids` as batch does (the first line of each id kept) against a Map as the reference. */
function replay(firstLines: FirstLines, ids: readonly string[]) {
  const reference = new Map<string, number>();
  ids.forEach((id, index) => {
    const line = index + 1;
    expect(firstLines.firstLineOf(id), id).toBe(reference.get(id));
    if (!reference.has(id)) {
      firstLines.remember(id, line);
      reference.set(id, line);
    }
  });
  expect(firstLines.size).toBe(reference.size);
  for (const [id, line] of reference) expect(firstLines.firstLineOf(id), id).toBe(line);
}

const id = fc.oneof(
  fc.string({ maxLength: 128 }),
  fc.string({ unit: 'grapheme', maxLength: 32 }),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constantFrom('a', 'b', 'ab', 'ba', 'praktijk-001', 'praktijk-002', '\u00e9', 'e\u0301'),
);
const ids = fc.array(id, { maxLength: 300 });

describe('FirstLines, the duplicate check of batch', () => {
  test.prop([ids])('answers as a Map of ids to their first line does', (list) => {
    replay(new FirstLines(), list);
  });

  // Weak hashes make every id a candidate of every other: only the ids' own bytes may decide.
  test.prop([ids])('never reports a false duplicate when every hash collides', (list) => {
    replay(new FirstLines(() => 7), list);
  });

  test.prop([ids])('never reports a false duplicate when hashes collide often', (list) => {
    replay(new FirstLines((text) => text.length % 3), list);
  });

  it('tells apart ids with the same hash and the same length, including lone surrogates', () => {
    const firstLines = new FirstLines(() => 0xffff_ffff);
    const same = ['ab', 'ba', '\ud800x', '\udc00x', 'x\ud800', '\u00e9', 'e\u0301'];
    replay(firstLines, [...same, ...same]);
    expect(same.map((text) => firstLines.firstLineOf(text))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps every id across many growths of its table and chunks', () => {
    const firstLines = new FirstLines();
    const count = 70_000; // past the first 1 MiB chunk of bytes and seven doublings of the table
    for (let line = 1; line <= count; line += 1) {
      firstLines.remember(
        `praktijk-${line.toString(36).padStart(12, '0')}-${'x'.repeat(line % 7)}`,
        line,
      );
    }
    expect(firstLines.size).toBe(count);
    for (let line = 1; line <= count; line += 997) {
      const text = `praktijk-${line.toString(36).padStart(12, '0')}-${'x'.repeat(line % 7)}`;
      expect(firstLines.firstLineOf(text)).toBe(line);
      expect(firstLines.firstLineOf(`${text}?`)).toBeUndefined();
    }
  });

  it('refuses what it cannot keep exactly, instead of keeping it wrong', () => {
    const firstLines = new FirstLines();
    expect(() => firstLines.firstLineOf('x'.repeat(129))).not.toThrow();
    expect(() => firstLines.remember('x'.repeat(129), 1)).toThrow(RangeError);
    expect(() => firstLines.remember('a', 0)).toThrow(RangeError);
    expect(() => firstLines.remember('a', 2 ** 32)).toThrow(RangeError);
    firstLines.remember('a', 1);
    expect(() => firstLines.remember('a', 2)).toThrow('already kept');
    expect(firstLines.firstLineOf('a')).toBe(1);
  });

  it('hashes to unsigned 32-bit numbers that depend on every character', () => {
    const hashes = ['', 'a', 'b', 'ab', 'ba', 'praktijk-001', 'praktijk-002'].map(hashPracticeId);
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const hash of hashes) {
      expect(Number.isInteger(hash) && hash >= 0 && hash <= 0xffff_ffff).toBe(true);
    }
    expect(hashPracticeId('praktijk-001') & 1023).not.toBe(hashPracticeId('praktijk-002') & 1023);
  });
});
