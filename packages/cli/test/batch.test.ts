import fs, { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { sampleAdvanced, sampleHalfway, sampleStarting } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { aggregateResults } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/index';
import { copyOf, requireBuiltCli, runBin, tempDir, writeJson } from './support/cli';

const asOf = '2026-11-22';
const json = (value: unknown) => JSON.stringify(value);

/** Eight lines: three good ones and every kind of bad line, in between. */
const inputLines = [
  json(sampleStarting),
  '{"practiceId": "broken",',
  json(sampleHalfway),
  json({ ...copyOf(sampleAdvanced), completedOn: '2026-02-30' }),
  '',
  json({ ...copyOf(sampleHalfway), practiceName: 'Rivierzicht again' }),
  json(sampleAdvanced),
  '   ',
];
const input = `${inputLines.join('\n')}\n`;

let dir: string;
let inputPath: string;

const parseLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

beforeAll(() => {
  requireBuiltCli();
  dir = tempDir();
  inputPath = writeJson(dir, 'region.ndjson', input);
});

describe('praktijkscan batch', { timeout: 30_000 }, () => {
  it('answers every input line in order, reports bad lines, and ends with the aggregate', async () => {
    const { code, stdout, stderr } = await runBin([
      'batch',
      inputPath,
      '--as-of',
      asOf,
      '--min-group-size',
      '2',
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('praktijkscan batch: 8 lines, 3 good, 5 bad\n');
    const lines = parseLines(stdout);
    expect(lines).toHaveLength(inputLines.length + 1);
    expect(lines.slice(0, -1).map((line) => line.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(lines.slice(0, -1).map((line) => (line.ok ? 'ok' : line.error.code))).toEqual([
      'ok',
      'invalid-json',
      'ok',
      'invalid-response',
      'blank-line',
      'duplicate-practice',
      'ok',
      'blank-line',
    ]);

    expect(lines[0]).toEqual({
      line: 1,
      ok: true,
      practiceId: 'sample-de-linde',
      result: JSON.parse(json(scoreResponse(sampleStarting))),
    });
    expect(lines[1].error.issues).toEqual([
      expect.objectContaining({ pointer: '', code: 'invalid-json' }),
    ]);
    expect(lines[3].error).toEqual({
      code: 'invalid-response',
      message: 'not a valid praktijkscan response (1 problem)',
      issues: [
        {
          pointer: '/completedOn',
          code: 'invalid-date',
          message:
            'Not a valid calendar date in the form YYYY-MM-DD from 1900-01-01 to 2999-12-31.',
        },
      ],
    });
    expect(lines[5].error).toEqual({
      code: 'duplicate-practice',
      message: 'practice "sample-rivierzicht" already occurs on line 3; the first is kept',
      issues: [],
    });
    expect(lines[7].error.code).toBe('blank-line');

    const results = [sampleStarting, sampleHalfway, sampleAdvanced].map((sample) =>
      scoreResponse(sample),
    );
    expect(lines[8]).toEqual({
      aggregate: JSON.parse(json(aggregateResults(results, { minGroupSize: 2 }))),
    });
    expect(Object.keys(lines[8])).toEqual(['aggregate']);
  });

  it('reads stdin with "-", writes --out, and suppresses the aggregate below the default group size', async () => {
    const out = join(dir, 'scores.ndjson');
    const { code, stdout, stderr } = await runBin(['batch', '-', '--out', out, '--as-of', asOf], {
      input,
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    // Dutch by default: the closing count of good and bad lines.
    expect(stderr).toBe('praktijkscan batch: 8 regels, 3 goed, 5 fout\n');
    const lines = parseLines(readFileSync(out, 'utf8'));
    expect(lines).toHaveLength(inputLines.length + 1);
    expect(lines.at(-1)).toEqual({ aggregate: { suppressed: true, minGroupSize: 5 } });
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const { stderr } = await runBin(['batch', inputPath, '--as-of', asOf, '--lang', 'en']);
    // Only the closing count: no bar, no carriage return.
    expect(stderr).toBe('praktijkscan batch: 8 lines, 3 good, 5 bad\n');
  });

  it('writes the message of every bad line in Dutch by default, as its issues', async () => {
    const { code, stdout, stderr } = await runBin(['batch', inputPath, '--as-of', asOf]);
    expect(code).toBe(0);
    expect(stderr).toBe('praktijkscan batch: 8 regels, 3 goed, 5 fout\n');
    const messages = parseLines(stdout)
      .slice(0, -1)
      .map((line) => (line.ok ? 'ok' : line.error.message));
    expect(messages).toEqual([
      'ok',
      'de regel is geen JSON',
      'ok',
      'geen geldig praktijkscan-antwoord (1 probleem)',
      'de regel is leeg',
      'praktijk "sample-rivierzicht" staat al op regel 3; de eerste telt',
      'ok',
      'de regel is leeg',
    ]);
    expect(parseLines(stdout)[3].error.issues[0].message).toBe(
      'Geen geldige datum in de vorm JJJJ-MM-DD van 1900-01-01 tot en met 2999-12-31.',
    );
  });

  it('reports a response completed after --as-of as a bad line, its message in --lang', async () => {
    const { code, stdout } = await runBin(['batch', inputPath, '--as-of', '2026-03-01']);
    expect(code).toBe(0);
    const lines = parseLines(stdout);
    expect(lines[2].error).toEqual({
      code: 'completed-after-as-of',
      message: 'ingevuld op 2026-04-08, na --as-of 2026-03-01',
      issues: [],
    });
    expect(lines[0].ok).toBe(true);
    const english = parseLines(
      (await runBin(['batch', inputPath, '--as-of', '2026-03-01', '--lang', 'en'])).stdout,
    );
    expect(english[2].error.message).toBe('completed on 2026-04-08, after --as-of 2026-03-01');
  });

  it('keeps a CRLF input and an input without a final newline line for line', async () => {
    const crlf = writeJson(
      dir,
      'crlf.ndjson',
      [json(sampleStarting), '', json(sampleHalfway)].join('\r\n'),
    );
    const { stdout } = await runBin(['batch', crlf, '--as-of', asOf]);
    const lines = parseLines(stdout);
    expect(lines.map((line) => line.ok ?? 'aggregate')).toEqual([true, false, true, 'aggregate']);
  });

  it('gives an empty input just the (suppressed) aggregate', async () => {
    const { code, stdout } = await runBin(['batch', '-', '--as-of', asOf], { input: '' });
    expect(code).toBe(0);
    expect(stdout).toBe('{"aggregate":{"suppressed":true,"minGroupSize":5}}\n');
  });

  it('exits 1 when the input cannot be read at all', async () => {
    const { code, stdout, stderr } = await runBin(['batch', join(dir, 'missing.ndjson')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `praktijkscan: kan ${join(dir, 'missing.ndjson')} niet lezen: bestand of map bestaat niet\n`,
    );
    const directory = await runBin(['batch', dir, '--lang', 'en']);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toBe(`praktijkscan: cannot read ${dir}: is a directory\n`);
  });

  it('exits 2 on a bad --min-group-size or --as-of', async () => {
    for (const bad of ['0', '-1', '2.5', 'five']) {
      const { code, stderr } = await runBin(['batch', inputPath, '--min-group-size', bad]);
      expect(code).toBe(2);
      expect(stderr).toContain('expected a whole number of at least 1');
    }
    const { code } = await runBin(['batch', inputPath, '--as-of', '2026-11-31']);
    expect(code).toBe(2);
  });

  it('streams a large input in constant order', async () => {
    const many = Array.from({ length: 400 }, (_, index) =>
      json({ ...copyOf(sampleHalfway), practiceId: `practice-${index}` }),
    );
    const path = writeJson(dir, 'many.ndjson', `${many.join('\n')}\n`);
    const { code, stdout } = await runBin(['batch', path, '--as-of', asOf]);
    expect(code).toBe(0);
    const lines = parseLines(stdout);
    expect(lines).toHaveLength(401);
    expect(lines.slice(0, -1).every((line, index) => line.line === index + 1 && line.ok)).toBe(
      true,
    );
    expect(lines[400].aggregate.n).toBe(400);
  });

  // The ids of 6,000 practices fill a few blocks of the temporary file; the duplicates at the end
  // are found by reading the first ones back from it, or, with no usable directory, from memory.
  it('finds duplicates from the ids it keeps in a temporary file, and leaves no file behind', async () => {
    const count = 6_000;
    const lines = Array.from({ length: count }, (_, index) =>
      json({ ...copyOf(sampleHalfway), practiceId: `praktijk-${index}-${'x'.repeat(index % 40)}` }),
    );
    lines.push(lines[0] as string, lines[count - 1] as string, lines[2_500] as string);
    const path = writeJson(dir, 'with-duplicates.ndjson', `${lines.join('\n')}\n`);
    const temporary = join(dir, 'temporary');
    mkdirSync(temporary);
    for (const place of [temporary, join(dir, 'no-such-directory')]) {
      const env = { TMPDIR: place, TEMP: place, TMP: place };
      const { code, stdout } = await runBin(['batch', path, '--as-of', asOf, '--lang', 'en'], {
        env,
      });
      expect(code, place).toBe(0);
      const results = parseLines(stdout).slice(count, -1);
      expect(results.map((line) => [line.line, line.error.code])).toEqual([
        [count + 1, 'duplicate-practice'],
        [count + 2, 'duplicate-practice'],
        [count + 3, 'duplicate-practice'],
      ]);
      expect(results.map((line) => line.error.message)).toEqual(
        [1, count, 2_501].map((first) => expect.stringContaining(`line ${first};`)),
      );
    }
    expect(readdirSync(temporary)).toEqual([]);
  });
});

describe('batch in-process', () => {
  it('keeps the ids in a file it opens in the temporary directory and closes as it ends', async () => {
    const temporary = join(dir, 'in-process-temporary');
    mkdirSync(temporary);
    const saved = { TMPDIR: process.env.TMPDIR, TEMP: process.env.TEMP, TMP: process.env.TMP };
    const openSync = vi.spyOn(fs, 'openSync');
    const closeSync = vi.spyOn(fs, 'closeSync');
    try {
      Object.assign(process.env, { TMPDIR: temporary, TEMP: temporary, TMP: temporary });
      const stdout = new PassThrough();
      stdout.resume();
      const code = await runCli(['batch', inputPath, '--as-of', asOf], {
        stdin: new PassThrough(),
        stdout,
        stderr: new PassThrough(),
      });
      expect(code).toBe(0);
      const opened = openSync.mock.calls.flatMap((call, index) => {
        const result = openSync.mock.results[index];
        return String(call[0]).startsWith(temporary) && result?.type === 'return'
          ? [result.value]
          : [];
      });
      expect(opened).toHaveLength(1);
      expect(closeSync.mock.calls.map((call) => call[0])).toContain(opened[0]);
      expect(readdirSync(temporary)).toEqual([]);
    } finally {
      openSync.mockRestore();
      closeSync.mockRestore();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('draws a progress bar on stderr when it is a terminal', async () => {
    const stdout = new PassThrough();
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let errText = '';
    stderr.on('data', (chunk) => {
      errText += chunk;
    });
    stdout.resume();
    const code = await runCli(['batch', inputPath, '--as-of', asOf], {
      stdin: new PassThrough(),
      stdout,
      stderr,
    });
    expect(code).toBe(0);
    expect(errText).toContain('praktijkscan batch [');
    expect(errText).toContain('8 lines');
  });

  it("writes each practice's recommended steps with --recommend, as recommend gives them", async () => {
    const { code, stdout } = await runBin([
      'batch',
      inputPath,
      '--as-of',
      asOf,
      '--lang',
      'en',
      '--recommend',
    ]);
    expect(code).toBe(0);
    const lines = parseLines(stdout).slice(0, -1);
    const good = lines.filter((line) => line.ok);
    expect(good.map((line) => line.practiceId)).toEqual(
      [sampleStarting, sampleHalfway, sampleAdvanced].map((sample) => sample.practiceId),
    );
    for (const [index, sample] of [sampleStarting, sampleHalfway, sampleAdvanced].entries()) {
      const steps = await recommend(scoreResponse(sample), sample, { asOf, locale: 'en' });
      expect(steps.length).toBeGreaterThan(0);
      expect(good[index].recommendations).toEqual(JSON.parse(JSON.stringify(steps)));
    }
    for (const line of lines.filter((candidate) => !candidate.ok))
      expect(line).not.toHaveProperty('recommendations');
    // Without the option the lines carry no steps.
    const plain = parseLines((await runBin(['batch', inputPath, '--as-of', asOf])).stdout);
    expect(plain.some((line) => 'recommendations' in line)).toBe(false);
  });
});
