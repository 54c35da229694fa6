import fs, { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FirstLines, type FirstLinesOptions, hashPracticeId } from '../src/commands/first-lines';

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

const directory = mkdtempSync(join(tmpdir(), 'praktijkscan-first-lines-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/**
 * The places the records can be kept: memory, and a temporary file in `directory`, also with
 * blocks of 512 bytes, so that the properties' short lists of ids are mostly read back from it.
 */
const places = [
  { place: 'in memory', options: {} },
  { place: 'in a temporary file', options: { directory } },
  { place: 'in a temporary file, in small blocks', options: { directory, blockBytes: 512 } },
] as const;

/** A FirstLines kept where `options` says, with `hash`; closed after `use`. */
function withFirstLines(
  options: FirstLinesOptions,
  use: (firstLines: FirstLines) => void,
  hash?: FirstLinesOptions['hash'],
) {
  const firstLines = new FirstLines(hash === undefined ? options : { ...options, hash });
  try {
    use(firstLines);
  } finally {
    firstLines.close();
  }
}

describe.each(places)('FirstLines, the duplicate check of batch, $place', ({ options }) => {
  test.prop([ids])('answers as a Map of ids to their first line does', (list) => {
    withFirstLines(options, (firstLines) => replay(firstLines, list));
  });

  // Weak hashes make every id a candidate of every other: only the ids' own bytes may decide.
  test.prop([ids])('never reports a false duplicate when every hash collides', (list) => {
    withFirstLines(
      options,
      (firstLines) => replay(firstLines, list),
      () => 7,
    );
  });

  test.prop([ids])('never reports a false duplicate when hashes collide often', (list) => {
    withFirstLines(
      options,
      (firstLines) => replay(firstLines, list),
      (text) => text.length % 3,
    );
  });

  it('tells apart ids with the same hash and the same length, including lone surrogates', () => {
    const same = ['ab', 'ba', '\ud800x', '\udc00x', 'x\ud800', '\u00e9', 'e\u0301'];
    withFirstLines(
      options,
      (firstLines) => {
        replay(firstLines, [...same, ...same]);
        expect(same.map((text) => firstLines.firstLineOf(text))).toEqual([1, 2, 3, 4, 5, 6, 7]);
      },
      () => 0xffff_ffff,
    );
  });

  it('keeps every id across many growths of its table and blocks', () => {
    const count = 70_000; // records in about thirty 64 KiB blocks, and seven doublings of the table
    const idOf = (line: number) =>
      `praktijk-${line.toString(36).padStart(12, '0')}-${'x'.repeat(line % 7)}`;
    withFirstLines(options, (firstLines) => {
      for (let line = 1; line <= count; line += 1) firstLines.remember(idOf(line), line);
      expect(firstLines.size).toBe(count);
      for (let line = 1; line <= count; line += 997) {
        expect(firstLines.firstLineOf(idOf(line))).toBe(line);
        expect(firstLines.firstLineOf(`${idOf(line)}?`)).toBeUndefined();
      }
    });
  });

  // 1,024 hashes for 6,000 ids of about 40 bytes (five blocks): most lookups meet several
  // candidates, many of them in blocks long written out.
  it('decides by the bytes kept in every block, the written ones and the current one', () => {
    const count = 6_000;
    const idOf = (line: number) =>
      `praktijk-${line}-${'é'.repeat(line % 3)}${'\u2603'.repeat(line % 2)}`.padEnd(34, '.');
    withFirstLines(
      options,
      (firstLines) => {
        for (let line = 1; line <= count; line += 1) {
          expect(firstLines.firstLineOf(idOf(line))).toBeUndefined();
          firstLines.remember(idOf(line), line);
        }
        for (let line = 1; line <= count; line += 1) {
          expect(firstLines.firstLineOf(idOf(line))).toBe(line);
        }
      },
      (text) => hashPracticeId(text) & 0x3ff,
    );
  });

  it('refuses what it cannot keep exactly, instead of keeping it wrong', () => {
    const firstLines = new FirstLines(options);
    expect(() => firstLines.firstLineOf('x'.repeat(129))).not.toThrow();
    expect(() => firstLines.remember('x'.repeat(129), 1)).toThrow(RangeError);
    expect(() => firstLines.remember('a', 0)).toThrow(RangeError);
    expect(() => firstLines.remember('a', 2 ** 32)).toThrow(RangeError);
    firstLines.remember('a', 1);
    expect(() => firstLines.remember('a', 2)).toThrow('already kept');
    expect(firstLines.firstLineOf('a')).toBe(1);
    firstLines.close();
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

describe('FirstLines in a temporary file', () => {
  const idOf = (line: number) => `praktijk-${String(line).padStart(8, '0')}`;

  it('reads back ids it wrote to the file, not only those still in memory', () => {
    const readSync = vi.spyOn(fs, 'readSync');
    const firstLines = new FirstLines({ directory, blockBytes: 512, hash: () => 1 });
    try {
      for (let line = 1; line <= 100; line += 1) firstLines.remember(idOf(line), line);
      expect(firstLines.usesFile).toBe(true);
      expect(firstLines.firstLineOf(idOf(1))).toBe(1);
      expect(readSync).toHaveBeenCalled();
    } finally {
      readSync.mockRestore();
      firstLines.close();
    }
  });

  it('refuses a block size it cannot use', () => {
    for (const blockBytes of [0, 511, 1.5, 2 ** 25, Number.NaN])
      expect(() => new FirstLines({ blockBytes }), String(blockBytes)).toThrow(RangeError);
  });

  it('leaves no file behind: removed as soon as it is open, closed at close', () => {
    const own = mkdtempSync(join(directory, 'own-'));
    const firstLines = new FirstLines({ directory: own });
    for (let line = 1; line <= 10_000; line += 1) firstLines.remember(idOf(line), line);
    expect(firstLines.usesFile).toBe(true);
    expect(firstLines.firstLineOf(idOf(1))).toBe(1);
    if (process.platform !== 'win32') expect(readdirSync(own)).toEqual([]);
    firstLines.close();
    expect(readdirSync(own)).toEqual([]);
    expect(() => firstLines.close()).not.toThrow();
  });

  it('keeps the ids in memory when no file can be made in the directory', () => {
    const firstLines = new FirstLines({ directory: join(directory, 'missing', 'deeper') });
    expect(firstLines.usesFile).toBe(false);
    replay(firstLines, [idOf(1), idOf(2), idOf(1)]);
    firstLines.close();
  });

  it('goes on in memory when writing the file fails, and still finds the ids written before', () => {
    const firstLines = new FirstLines({ directory });
    const count = 20_000; // about eight blocks
    const writeSync = vi.spyOn(fs, 'writeSync');
    try {
      for (let line = 1; line <= count; line += 1) {
        if (line === count / 2)
          writeSync.mockImplementation(() => {
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          });
        firstLines.remember(idOf(line), line);
      }
      expect(writeSync).toHaveBeenCalled();
      expect(firstLines.usesFile).toBe(false);
      for (let line = 1; line <= count; line += 101) {
        expect(firstLines.firstLineOf(idOf(line))).toBe(line);
        expect(firstLines.firstLineOf(`${idOf(line)}x`)).toBeUndefined();
      }
    } finally {
      writeSync.mockRestore();
      firstLines.close();
    }
  });

  it('says so, rather than answering, when asked after it was closed', () => {
    const firstLines = new FirstLines({ directory });
    for (let line = 1; line <= 10_000; line += 1) firstLines.remember(idOf(line), line);
    firstLines.close();
    expect(() => firstLines.firstLineOf(idOf(1))).toThrow('closed');
  });
});
