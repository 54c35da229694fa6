// Fuzzing as a test (issue 16): the commands on generated input (JSON of near-valid responses,
// arbitrary text, arbitrary bytes), in-process: every run ends in exit 0, 1 or 2 with bounded
// messages, never in "unexpected error".
import { PassThrough } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { responseLimits } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe, expect } from 'vitest';
import { nearValid } from '../../../scripts/fuzz/hostile-values';
import { runCli } from '../src';

// An array as a file holds it: at most one entry past the model's node limit, so that the limit is
// still crossed. JSON writes a sparse array of 100,000,000 slots as 500 MB of nulls, which took
// about 30 s a run and said nothing more about the commands.
const longestList = responseLimits.maxNodes + 1;
const capLists = (_key: string, value: unknown) =>
  Array.isArray(value) && value.length > longestList ? value.slice(0, longestList) : value;
const json = (make: () => unknown): string => {
  try {
    return JSON.stringify(make(), capLists) ?? 'null';
  } catch {
    return '{"broken": ';
  }
};
const input = fc.oneof(
  nearValid(JSON.parse(JSON.stringify(sampleHalfway)))
    .map(json)
    .map((text) => Buffer.from(text)),
  fc.string({ unit: 'binary' }).map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
);
const command = fc.constantFrom(
  ['validate', '-'],
  ['score', '-', '--as-of', '2026-11-22', '--format', 'json'],
  ['score', '-', '--as-of', '2026-11-22', '--format', 'markdown', '--lang', 'nl'],
  ['score', '-', '--as-of', '2026-11-22', '--format', 'html'],
  ['batch', '-', '--as-of', '2026-11-22'],
);

async function run(args: readonly string[], bytes: Buffer) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stdout.resume();
  stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  stdin.end(bytes);
  const code = await runCli(args, { stdin, stdout, stderr, now: () => new Date(2026, 10, 22) });
  return { code, stderr: err };
}

describe('fuzz: cli', () => {
  test.prop([command, fc.array(input, { minLength: 1, maxLength: 3 })])(
    'every command ends in exit 0, 1 or 2 with bounded messages, never "unexpected error"',
    async (args, lines) => {
      const bytes =
        args[0] === 'batch'
          ? Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]))
          : (lines[0] as Buffer);
      const { code, stderr } = await run(args, bytes);
      expect([0, 1, 2]).toContain(code);
      expect(stderr).not.toContain('unexpected error');
      for (const line of stderr.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
    },
  );
});
