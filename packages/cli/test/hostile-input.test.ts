// Regression tests of issue 16: the command line on input that broke its promises.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src';
import { stdoutErrorMessage } from '../src/run';
import { copyOf, requireBuiltCli, tempDir, writeJson } from './support/cli';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process with `input` on stdin. */
async function run(args: string[], input: string | Buffer = ''): Promise<Run> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  stdin.end(input);
  const code = await runCli(args, { stdin, stdout, stderr, now: () => new Date(2026, 10, 22) });
  return { code, stdout: out, stderr: err };
}

const line = JSON.stringify(sampleHalfway);

describe('batch reads lines at LF only, as UTF-8 (issue 16, promise 3)', () => {
  it('keeps a line with a lone CR inside (JSON white space) as one line', async () => {
    const withCr = line.replace('"practiceId"', '\r"practiceId"');
    const other = JSON.stringify({ ...copyOf(sampleHalfway), practiceId: 'other' });
    const { code, stdout } = await run(
      ['batch', '-', '--as-of', '2026-11-22'],
      `${withCr}\n${other}\r\n`,
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text));
    expect(lines.map((entry) => [entry.line, entry.ok])).toEqual([
      [1, true],
      [2, true],
      [undefined, undefined],
    ]);
  });

  it('answers binary lines one output line each, invalid UTF-8 as invalid-utf8', async () => {
    const binary = Buffer.concat(
      Array.from({ length: 50 }, (_, index) => Buffer.from([0xff, 0x0d, 0x20 + index, 0x0d, 0x0a])),
    );
    const { stdout } = await run(['batch', '-', '--as-of', '2026-11-22'], binary);
    const lines = stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text));
    expect(lines).toHaveLength(51);
    expect(lines[0].error.code).toBe('invalid-utf8');
    expect(lines[49].line).toBe(50);
  });

  it('reports a 0xFF byte in a practice name, in a batch line and in a file', async () => {
    const bytes = Buffer.from(line.replace(/"practiceName":"[^"]*"/, '"practiceName":"X__X"'));
    const at = bytes.indexOf('__');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
    const batch = await run(['batch', '-', '--as-of', '2026-11-22'], bytes);
    expect(JSON.parse(batch.stdout.split('\n')[0] as string).error.code).toBe('invalid-utf8');
    const validate = await run(['validate', '-'], bytes);
    expect(validate.code).toBe(1);
    expect(validate.stdout).not.toContain('valid\n');
    expect(validate.stderr).toBe('praktijkscan: stdin is geen UTF-8-tekst\n');
    const english = await run(['validate', '-', '--lang', 'en'], bytes);
    expect(english.stderr).toBe('praktijkscan: stdin is not UTF-8 text\n');
  });
});

describe('a standard output that cannot be written (issue 16, promise 4)', () => {
  const full = () =>
    new Writable({
      write(_chunk, _encoding, callback) {
        callback(
          Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
            syscall: 'write',
          }),
        );
      },
    });

  const dutch = 'praktijkscan: kan niet schrijven naar stdout: geen ruimte meer op de schijf\n';
  const english = 'praktijkscan: cannot write stdout: no space left on device\n';
  for (const [args, expected] of [
    [['questionnaire'], dutch],
    [['questionnaire', '--lang', 'en'], english],
    [['batch', '-', '--as-of', '2026-11-22'], dutch],
    [['batch', '-', '--as-of', '2026-11-22', '--lang=en'], english],
    [['score', '-', '--as-of', '2026-11-22', '--lang', 'nl'], dutch],
    [['score', '-', '--lang', 'en', '--as-of', '2026-11-22'], english],
  ] as const) {
    it(`is reported as such, exit 1, in --lang: ${args.join(' ')}`, async () => {
      const stdin = new PassThrough();
      stdin.end(`${line}\n`);
      let err = '';
      const stderr = new PassThrough();
      stderr.setEncoding('utf8').on('data', (chunk: string) => {
        err += chunk;
      });
      const code = await runCli(args, { stdin, stdout: full(), stderr });
      expect(code).toBe(1);
      expect(err).toBe(expected);
    });
  }

  it('is worded, after runCli has returned, in the language of the command it ran', async () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
    const quiet = () => new PassThrough().resume();
    for (const [args, expected] of [
      [['questionnaire', '--lang', 'en'], english],
      [['questionnaire'], dutch],
      [['questionnaire', '--lang=en'], english],
    ] as const) {
      await runCli(args, { stdin: new PassThrough(), stdout: quiet(), stderr: quiet() });
      expect(`praktijkscan: ${await stdoutErrorMessage(enospc)}\n`).toBe(expected);
    }
    expect(await stdoutErrorMessage(enospc, 'nl')).toBe(
      'kan niet schrijven naar stdout: geen ruimte meer op de schijf',
    );
  });

  it.runIf(existsSync('/dev/full'))(
    'the bin says so on /dev/full, without a stack trace',
    async () => {
      requireBuiltCli();
      const dir = tempDir();
      const file = writeJson(dir, 'practice.json', sampleHalfway);
      const script = `node ${JSON.stringify(join(process.cwd(), 'packages/cli/dist/cli.js'))} score ${JSON.stringify(file)} --as-of 2026-11-22 > /dev/full`;
      const shell = join(dir, 'run.sh');
      writeFileSync(shell, script);
      const { execFile } = await import('node:child_process');
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile('sh', [shell], (error, _stdout, stderr) =>
          resolve({ code: error ? (error.code as number) : 0, stderr }),
        );
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'praktijkscan: kan niet schrijven naar stdout: geen ruimte meer op de schijf\n',
      );
    },
  );
});

describe('the as-of range (issue 16, promise 2)', () => {
  it('refuses --as-of outside 1900-01-01..2999-12-31 as a usage error', async () => {
    for (const asOf of ['9999-12-31', '3000-01-01', '1899-12-31']) {
      const { code, stderr } = await run(['score', '-', '--as-of', asOf], line);
      expect(code).toBe(2);
      expect(stderr).toContain('from 1900-01-01 to 2999-12-31');
    }
  });

  it('scores a response completed on the last day of the range', async () => {
    const response = { ...copyOf(sampleHalfway), completedOn: '2999-12-31' };
    const { code, stdout } = await run(
      ['score', '-', '--as-of', '2999-12-31', '--format', 'json'],
      JSON.stringify(response),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('"3000-12-31"');
  });

  it('answers a completion date outside the range as an invalid response, in batch too', async () => {
    const response = { ...copyOf(sampleHalfway), completedOn: '0001-01-01' };
    const { code } = await run(['score', '-', '--as-of', '2026-11-22'], JSON.stringify(response));
    expect(code).toBe(1);
    const batch = await run(['batch', '-', '--as-of', '2026-11-22'], JSON.stringify(response));
    expect(JSON.parse(batch.stdout.split('\n')[0] as string).error.code).toBe('invalid-response');
  });
});
