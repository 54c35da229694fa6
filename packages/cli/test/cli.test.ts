import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  migrateResponse,
  type PracticeResponse,
  parseResponse,
  questionnaire,
  safeParseResponse,
} from '@praktijkscan/model';
import { sampleHalfway, sampleHalfwayV1, sampleStarting } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { buildReportData, type ReportData, reportDataSchema } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import { beforeAll, describe, expect, it } from 'vitest';
import cliPackage from '../package.json';
import { copyOf, requireBuiltCli, runBin, tempDir, writeJson } from './support/cli';

const asOf = '2026-11-22';
const commands = ['demo', 'score', 'validate', 'migrate', 'questionnaire', 'batch'] as const;

let dir: string;
let validPath: string;
let previousPath: string;
let otherPracticePath: string;
let invalidPath: string;
let notJsonPath: string;

/** sampleHalfway a year earlier, with lower answers: an earlier assessment of the same practice. */
function earlierHalfway(): PracticeResponse {
  const earlier = copyOf(sampleHalfway);
  earlier.completedOn = '2025-04-08';
  for (const [id, answer] of Object.entries(earlier.answers)) {
    if (typeof answer === 'number' && answer > 0) earlier.answers[id] = answer - 1;
  }
  return parseResponse(earlier);
}

/** Three problems at three known places. */
function invalidResponse(): unknown {
  const invalid = copyOf(sampleHalfway);
  delete invalid.practiceId;
  invalid.answers['digital-care-vision'] = 9;
  invalid.ideas[0] = { ...invalid.ideas[0], effect: 7 };
  return invalid;
}

async function inProcessReport(
  response: PracticeResponse,
  locale: 'nl' | 'en',
  previous?: PracticeResponse,
): Promise<ReportData> {
  const parsed = parseResponse(response);
  const result = scoreResponse(parsed);
  const recommendations = await recommend(result, parsed, { asOf, locale });
  return buildReportData({
    response: parsed,
    result,
    recommendations,
    asOf,
    locale,
    ...(previous ? { previous: scoreResponse(previous) } : {}),
  });
}

const localToday = () => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

beforeAll(() => {
  requireBuiltCli();
  dir = tempDir();
  validPath = writeJson(dir, 'valid.json', sampleHalfway);
  previousPath = writeJson(dir, 'previous.json', earlierHalfway());
  otherPracticePath = writeJson(dir, 'other.json', sampleStarting);
  invalidPath = writeJson(dir, 'invalid.json', invalidResponse());
  notJsonPath = writeJson(dir, 'not-json.json', '{"practiceId": "x",');
});

describe('praktijkscan: help, version and usage errors', { timeout: 30_000 }, () => {
  it('prints help with every command and the exit codes (exit 0)', async () => {
    const { code, stdout, stderr } = await runBin(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const command of commands) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(stdout).toContain('Exit codes:');
    expect(stdout).toContain('2  usage error');
  });

  it.each(commands)(
    '%s --help documents the command and its exit codes (exit 0)',
    async (command) => {
      const { code, stdout } = await runBin([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: praktijkscan ${command}`);
      expect(stdout).toContain('Exit codes:');
      expect(stdout).toContain('Example');
    },
  );

  it("prints the software's version, that of its package.json", async () => {
    const { code, stdout } = await runBin(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(cliPackage.version);
    expect(stdout.trim()).not.toBe(questionnaire.version);
  });

  it('exits 2 without a command, with the usage on stderr', async () => {
    const { code, stdout, stderr } = await runBin([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: praktijkscan');
  });

  it('exits 2 on an unknown command, an unknown option and a missing argument', async () => {
    const unknownCommand = await runBin(['frobnicate']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain("error: unknown command 'frobnicate'");
    const unknownOption = await runBin(['score', validPath, '--colour']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("error: unknown option '--colour'");
    const missing = await runBin(['score']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: missing required argument 'file'");
    const badFormat = await runBin(['score', validPath, '--format', 'pdf']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Allowed choices are json, markdown, html');
    const badLang = await runBin(['validate', validPath, '--lang', 'de']);
    expect(badLang.code).toBe(2);
  });
});

describe('praktijkscan score', { timeout: 30_000 }, () => {
  it('writes the ReportData as JSON, identical to the library pipeline', async () => {
    const { code, stdout, stderr } = await runBin([
      'score',
      '--lang',
      'en',
      validPath,
      '--as-of',
      asOf,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(reportDataSchema.safeParse(report).success).toBe(true);
    expect(report).toEqual(await inProcessReport(sampleHalfway, 'en'));
    expect(report.meta.asOf).toBe(asOf);
  });

  it('uses today (local date) when --as-of is left out, and says so in meta.asOf', async () => {
    const before = localToday();
    const { code, stdout } = await runBin(['score', validPath]);
    const after = localToday();
    expect(code).toBe(0);
    expect([before, after]).toContain(JSON.parse(stdout).meta.asOf);
  });

  it('reads the response from stdin with "-"', async () => {
    const fromFile = await runBin([
      'score',
      '--lang',
      'en',
      validPath,
      '--as-of',
      asOf,
      '--format',
      'markdown',
    ]);
    const fromStdin = await runBin(
      ['score', '--lang', 'en', '-', '--as-of', asOf, '--format', 'markdown'],
      {
        input: readFileSync(validPath, 'utf8'),
      },
    );
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.stdout.startsWith('# Digital care scan: Huisartsenpraktijk Rivierzicht')).toBe(
      true,
    );
  });

  it('writes to --out instead of stdout, in the language of --lang', async () => {
    const out = join(dir, 'report-nl.html');
    const { code, stdout } = await runBin([
      'score',
      validPath,
      '--format',
      'html',
      '--lang',
      'nl',
      '--as-of',
      asOf,
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('Kwaliteitsaspecten');
  });

  it('exits 2 on an --as-of that is not a calendar date', async () => {
    for (const bad of ['2026-02-30', '22-11-2026', 'today', '2026-11-2']) {
      const { code, stderr, stdout } = await runBin(['score', validPath, '--as-of', bad]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`argument '${bad}' is invalid`);
    }
  });

  it('exits 1 on an --as-of before the completion date, with the cause in --lang', async () => {
    const { code, stderr } = await runBin(['score', validPath, '--as-of', '2026-01-01']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'praktijkscan: --as-of 2026-01-01 ligt vóór de invuldatum 2026-04-08 van het antwoord\n',
    );
    const english = await runBin(['score', validPath, '--as-of', '2026-01-01', '--lang', 'en']);
    expect(english.stderr).toBe(
      'praktijkscan: --as-of 2026-01-01 is before the completion date 2026-04-08 of the response\n',
    );
  });

  it('exits 1 on a missing file, the cause in --lang', async () => {
    const { code, stdout, stderr } = await runBin(['score', join(dir, 'nope.json')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `praktijkscan: kan ${join(dir, 'nope.json')} niet lezen: bestand of map bestaat niet\n`,
    );
    const english = await runBin(['score', join(dir, 'nope.json'), '--lang', 'en']);
    expect(english.stderr).toBe(
      `praktijkscan: cannot read ${join(dir, 'nope.json')}: no such file or directory\n`,
    );
  });

  it('exits 1 on a file that is not JSON', async () => {
    const { code, stderr } = await runBin(['score', '--lang', 'en', notJsonPath]);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^praktijkscan: ${notJsonPath} is not JSON: it stops being JSON at line \\d+, column \\d+$`,
      ),
    );
    expect(lines[1]).toMatch(/^ {2}\(root\) invalid-json /);
  });

  it('exits 1 on an invalid response, with every problem and its JSON pointer on its own line', async () => {
    const { code, stdout, stderr } = await runBin(['score', '--lang', 'en', invalidPath]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const expected = safeParseResponse(invalidResponse());
    if (expected.success) throw new Error('expected an invalid response');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `praktijkscan: ${invalidPath} is not a valid praktijkscan response (${expected.error.issues.length} problems)`,
    );
    expect(lines.slice(1)).toEqual(
      expected.error.issues.map((issue) => `  ${issue.pointer} ${issue.code} ${issue.message}`),
    );
    const pointers = lines.slice(1).map((line) => line.trim().split(' ')[0]);
    expect(pointers).toEqual(
      expect.arrayContaining(['/practiceId', '/answers/digital-care-vision', '/ideas/0/effect']),
    );
  });

  it('scores --previous and reports the change per aspect and the trend', async () => {
    const { code, stdout, stderr } = await runBin([
      'score',
      validPath,
      '--as-of',
      asOf,
      '--previous',
      previousPath,
      '--lang',
      'en',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ReportData;
    expect(report).toEqual(await inProcessReport(sampleHalfway, 'en', earlierHalfway()));
    expect(report.trend?.previousCompletedOn).toBe('2025-04-08');
    expect(report.radar.series.map((series) => series.id)).toEqual(['practice', 'previous']);
    for (const aspect of report.aspects) expect(aspect.change).toBeGreaterThan(0);
  });

  it('exits 1 when --previous is of another practice, with the cause', async () => {
    const { code, stdout, stderr } = await runBin([
      'score',
      validPath,
      '--as-of',
      asOf,
      '--previous',
      otherPracticePath,
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'praktijkscan: --previous: previous is of practice "sample-de-linde", not "sample-rivierzicht" (previous-other-practice)\n',
    );
  });

  it('exits 1 when --previous is not a valid response, naming it', async () => {
    const { code, stderr } = await runBin([
      'score',
      '--lang',
      'en',
      validPath,
      '--previous',
      invalidPath,
    ]);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toMatch(
      /^praktijkscan: --previous .*invalid\.json is not a valid praktijkscan response \(3 problems\)$/,
    );
  });
});

describe('praktijkscan validate', { timeout: 30_000 }, () => {
  it('prints "valid" and exits 0 for a valid response', async () => {
    const { code, stdout, stderr } = await runBin(['validate', validPath]);
    expect(code).toBe(0);
    expect(stdout).toBe('valid\n');
    expect(stderr).toBe('');
  });

  it('prints every problem as "<pointer> <code> <message>" on stdout and exits 1', async () => {
    const { code, stdout, stderr } = await runBin(['validate', '--lang', 'en', invalidPath]);
    expect(code).toBe(1);
    const expected = safeParseResponse(invalidResponse());
    if (expected.success) throw new Error('expected an invalid response');
    expect(stdout).toBe(
      expected.error.issues
        .map((issue) => `${issue.pointer} ${issue.code} ${issue.message}\n`)
        .join(''),
    );
    expect(stderr).toBe(
      `praktijkscan: ${invalidPath} is not a valid praktijkscan response (3 problems)\n`,
    );
  });

  it('gives the messages in --lang', async () => {
    const { code, stdout } = await runBin(['validate', invalidPath, '--lang', 'nl']);
    expect(code).toBe(1);
    const expected = safeParseResponse(invalidResponse(), { locale: 'nl' });
    if (expected.success) throw new Error('expected an invalid response');
    expect(stdout.trimEnd().split('\n')).toEqual(
      expected.error.issues.map((issue) => `${issue.pointer} ${issue.code} ${issue.message}`),
    );
  });

  it('reads stdin with "-"', async () => {
    const valid = await runBin(['validate', '--lang', 'en', '-'], {
      input: JSON.stringify(sampleStarting),
    });
    expect(valid.code).toBe(0);
    expect(valid.stdout).toBe('valid\n');
    const notJson = await runBin(['validate', '--lang', 'en', '-'], { input: 'hello' });
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toMatch(/^\(root\) invalid-json .+\n$/);
    expect(notJson.stderr).toBe(
      'praktijkscan: stdin is not JSON: it stops being JSON at line 1, column 1\n',
    );
    const dutch = await runBin(['validate', '-'], { input: '{\n  "a": 1,\n  x}' });
    expect(dutch.stderr).toBe(
      'praktijkscan: stdin is geen JSON: de JSON houdt op bij regel 3, kolom 3\n',
    );
  });

  it('exits 1 on a missing file, with the cause on stderr only', async () => {
    const { code, stdout, stderr } = await runBin(
      ['validate', 'does-not-exist.json', '--lang', 'en'],
      { cwd: dir },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'praktijkscan: cannot read does-not-exist.json: no such file or directory\n',
    );
  });
});

describe('praktijkscan questionnaire', { timeout: 30_000 }, () => {
  it('prints the model questionnaire object as JSON by default', async () => {
    const { code, stdout } = await runBin(['questionnaire']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(questionnaire)));
  });

  it('prints a Markdown form with every section, every item numbered, and the scales', async () => {
    const { code, stdout } = await runBin([
      'questionnaire',
      '--lang',
      'en',
      '--format',
      'markdown',
    ]);
    expect(code).toBe(0);
    for (const [index, section] of questionnaire.sections.entries()) {
      expect(stdout).toContain(`## ${index + 1}. ${section.title.en}`);
    }
    questionnaire.items.forEach((_, index) => {
      expect(stdout).toContain(`### ${index + 1}. `);
    });
    const headings = stdout.split('\n').filter((line) => /^### \d+\. /.test(line));
    expect(headings).toHaveLength(questionnaire.items.length);
    const notApplicable = stdout.split('\n').filter((line) => line === '- [ ] not applicable');
    expect(notApplicable).toHaveLength(
      questionnaire.items.filter((item) => item.allowsNotApplicable).length,
    );
    expect(stdout).toContain('- [ ] 0 = No / not at all');
    expect(stdout).toContain('- [ ] 4 = Yes, fully');
  });

  it('prints the form in Dutch by default, without codes, with the version as text', async () => {
    const { code, stdout } = await runBin(['questionnaire', '--format', 'markdown']);
    expect(code).toBe(0);
    const first = questionnaire.items[0]!;
    expect(stdout).toContain(`### 1. ${first.text.nl}`);
    expect(stdout).toContain('- [ ] niet van toepassing');
    expect(stdout).toContain('- [ ] 0 = Nee / helemaal niet');
    expect(stdout.split('\n')[0]).toBe(`# ${questionnaire.title.nl}`);
    expect(stdout).toContain(`Vragenlijst praktijkscan, versie ${questionnaire.version}\n`);
    // No code noise: no item ids, no answer codes, no backticks or escapes.
    expect(stdout).not.toContain('`');
    expect(stdout).not.toContain('\\');
    expect(stdout).not.toMatch(/n\.v\.t\.|\(na\)|Vraag:/);
    for (const item of questionnaire.items) expect(stdout).not.toContain(item.id);
  });

  it('exits 2 on a format it does not have', async () => {
    const { code } = await runBin(['questionnaire', '--format', 'pdf']);
    expect(code).toBe(2);
  });
});

describe('praktijkscan demo', { timeout: 30_000 }, () => {
  it('writes the four files and prints the summary with the fixed as-of date', async () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = await runBin(['demo', '--lang', 'en'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      JSON.parse(readFileSync(join(cwd, 'praktijkscan-report', 'response.json'), 'utf8')),
    ).toEqual(sampleHalfway);
    for (const name of ['report.html', 'report.md', 'report-data.json', 'response.json']) {
      expect(existsSync(join(cwd, 'praktijkscan-report', name))).toBe(true);
      expect(stdout).toContain(`  praktijkscan-report/${name}\n`);
    }
    const report = JSON.parse(
      readFileSync(join(cwd, 'praktijkscan-report', 'report-data.json'), 'utf8'),
    );
    expect(report).toEqual(await inProcessReport(sampleHalfway, 'en'));
    expect(stdout).toContain('as of 22 November 2026');
    expect(stdout).toContain('the as-of date is fixed');
    // The figures as scoring computes them for the sample.
    const scored = scoreResponse(sampleHalfway);
    const one = (value: number | null) => (value ?? 0).toFixed(1);
    expect(stdout).toMatch(
      new RegExp(
        `^overall score +${one(scored.overall).replace('.', '\\.')} {3}\\(own judgement: ${one(scored.selfAssessment?.score ?? null).replace('.', '\\.')}\\)$`,
        'm',
      ),
    );
    for (const aspect of report.aspects) {
      expect(stdout).toMatch(new RegExp(`^  ${aspect.label} +[\\d.]+ +coverage +[\\d.]+%$`, 'm'));
    }
    expect(scored.inkPhase.phase).toBe(2);
    expect(stdout).toMatch(/^INK phase +2 \(Process-oriented\)$/m);
    const next = scored.inkPhase.next;
    const longDate = (iso: string | undefined) =>
      new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${iso}T00:00:00Z`));
    expect(stdout).toContain(
      `3: progress ${one(next?.progress ?? null)}%, earliest ${longDate(next?.earliestDate)}, typically ${longDate(next?.typicalDate)}`,
    );
    // What to do now is the roadmap's focus, as on the report's first page, with its reasons.
    expect(report.plan.focus.length).toBeGreaterThan(0);
    expect(stdout).toContain(
      `start now (the focus: ${report.plan.focus.length} of the ${report.recommendations.length} recommended steps`,
    );
    report.plan.focus.forEach((step: { id: string; title: string }, index: number) => {
      expect(stdout).toContain(`  ${index + 1}. ${step.title} [start by `);
      const recommended = report.recommendations.find(
        (entry: { id: string }) => entry.id === step.id,
      );
      for (const reason of recommended?.reasons ?? [])
        expect(stdout).toContain(`because: ${reason.text}`);
    });
    expect(stdout).not.toContain(`  ${report.plan.focus.length + 1}. `);
  });

  it('gives the same output every time, into --out, and in Dutch with --lang nl', async () => {
    const cwd = tempDir();
    const first = await runBin(['demo', '--lang', 'nl', '--out', 'uit'], { cwd });
    const html = readFileSync(join(cwd, 'uit', 'report.html'), 'utf8');
    const second = await runBin(['demo', '--lang', 'nl', '--out', 'uit'], { cwd });
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(join(cwd, 'uit', 'report.html'), 'utf8')).toBe(html);
    expect(first.stdout).toContain('peildatum 22 november 2026');
    expect(first.stdout).toContain('nu aan de slag (de focus: 3 van de ');
    expect(first.stdout).toContain('  uit/report.md\n');
    expect(html).toContain('<html lang="nl">');
  });

  it('exits 1 when the output directory cannot be written', async () => {
    const cwd = tempDir();
    writeJson(cwd, 'taken', 'a file, not a directory');
    const { code, stderr } = await runBin(['demo', '--out', 'taken'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^praktijkscan: kan niet schrijven in map taken: /);
    const english = await runBin(['demo', '--out', 'taken', '--lang', 'en'], { cwd });
    expect(english.stderr).toMatch(/^praktijkscan: cannot write to taken: /);
  });
});

describe('praktijkscan migrate, and score across versions', { timeout: 30_000 }, () => {
  it('score --previous with a 1.0.0 previous and a 2.0.0 current writes a trend with its comparability sentence', async () => {
    const previousV1 = writeJson(dir, 'previous-v1.json', {
      ...copyOf(sampleHalfwayV1),
      completedOn: '2025-04-08',
    });
    const { code, stdout, stderr } = await runBin([
      'score',
      validPath,
      '--as-of',
      asOf,
      '--previous',
      previousV1,
      '--lang',
      'en',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ReportData;
    // 48 scored items carried and 2 merged (the migration map 1.0.0 -> 2.0.0).
    expect(report.trend).toMatchObject({
      previousVersion: '1.0.0',
      acrossVersions: true,
      sharedItems: 50,
    });
    expect(report.trend?.comparability).toContain('Only 50 of the 60 scored questions of 2.0.0');
    const html = await runBin([
      'score',
      validPath,
      '--as-of',
      asOf,
      '--previous',
      previousV1,
      '--format',
      'html',
    ]);
    // Dutch by default.
    expect(html.stdout).toContain('Van de 60 meetellende vragen van 2.0.0 nemen er maar 50');
  });

  it('writes the migrated response and prints every change', async () => {
    const v1Path = writeJson(dir, 'v1.json', sampleHalfwayV1);
    const out = join(dir, 'v2.json');
    const { code, stdout, stderr } = await runBin([
      'migrate',
      v1Path,
      '--to',
      '2.0.0',
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = migrateResponse(sampleHalfwayV1, { to: '2.0.0' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(expected.response)),
    );
    expect(stdout).toContain(`1.0.0 -> 2.0.0: ${expected.changes.length} changes`);
    for (const change of expected.changes) expect(stdout).toContain(change.text.en);
    const toStdout = await runBin(['migrate', v1Path, '--to', '2.0.0', '--lang', 'nl']);
    expect(JSON.parse(toStdout.stdout)).toEqual(JSON.parse(JSON.stringify(expected.response)));
    expect(toStdout.stderr).toContain(`1.0.0 -> 2.0.0: ${expected.changes.length} wijzigingen`);
    for (const change of expected.changes) expect(toStdout.stderr).toContain(change.text.nl);
  });

  it('exits 2 on an unknown or earlier target version, with the cause', async () => {
    const unknown = await runBin(['migrate', validPath, '--to', '9.0.0', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--to: Unknown version "9.0.0"; known: 1.0.0, 2.0.0.');
    const earlier = await runBin(['migrate', validPath, '--to', '1.0.0', '--lang', 'en']);
    expect(earlier.code).toBe(2);
    expect(earlier.stderr).toContain('cannot be migrated back to 1.0.0');
    // In Dutch, the default, the cause is in Dutch too.
    const dutch = await runBin(['migrate', validPath, '--to', '9.0.0']);
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toContain('--to: Onbekende versie "9.0.0"; bekend: 1.0.0, 2.0.0.');
    expect((await runBin(['migrate', validPath, '--to', '1.0.0'])).stderr).toContain(
      'terugzetten naar 1.0.0 kan niet',
    );
  });
});
