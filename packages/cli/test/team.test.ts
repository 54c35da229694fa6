import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { sampleTeam } from '@praktijkscan/model/samples';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOf, requireBuiltCli, runBin, tempDir, writeJson } from './support/cli';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const asOf = '2026-11-22';
let dir = '';
let files: string[] = [];

function elements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
  };
  walk(root);
  return found;
}
const attribute = (element: Element, name: string) =>
  element.attrs.find((entry) => entry.name === name)?.value;

beforeAll(() => {
  requireBuiltCli();
  dir = tempDir();
  files = sampleTeam.map((response, index) => writeJson(dir, `member-${index}.json`, response));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('praktijkscan team', { timeout: 30_000 }, () => {
  it('renders the HTML report with one radar series per respondent plus the team', async () => {
    const out = join(dir, 'team.html');
    const run = await runBin([
      'team',
      ...files,
      '--format',
      'html',
      '--out',
      out,
      '--as-of',
      asOf,
      '--lang',
      'nl',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const document = parse(readFileSync(out, 'utf8'));
    const all = elements(document);
    const section = all.find((element) => attribute(element, 'id') === 'team');
    expect(section).toBeDefined();
    const inTeam = elements(section as Element);
    const radar = inTeam.find(
      (element) => element.tagName === 'svg' && attribute(element, 'class') === 'radar-chart',
    );
    const series = elements(radar as Element)
      .filter(
        (element) => element.tagName === 'g' && attribute(element, 'data-series') !== undefined,
      )
      .map((element) => attribute(element, 'data-series'));
    expect(series).toEqual([
      'gp',
      'practice-manager',
      'doctors-assistant-1',
      'doctors-assistant-2',
      'team',
    ]);
    const agenda = inTeam
      .filter(
        (element) => element.tagName === 'li' && attribute(element, 'data-item') !== undefined,
      )
      .map((element) => attribute(element, 'data-item'));
    expect(agenda).toEqual([
      'team-knowledge-skills',
      'team-tool-agreements',
      'digital-flows-connected',
      'uses-patient-portal',
      'continuity-plan',
    ]);
    expect(
      inTeam.filter((element) => element.tagName === 'tr' && attribute(element, 'data-respondent')),
    ).toHaveLength(4);
  });

  it('writes the Markdown and the JSON report with the team part', async () => {
    const markdown = await runBin([
      'team',
      ...files,
      '--format',
      'markdown',
      '--as-of',
      asOf,
      '--lang',
      'en',
    ]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('## Team scan');
    expect(markdown.stdout).toMatch(/\| Doctor’s assistant 2 \| 2026-09-16 \|/);
    const json = await runBin(['team', ...files, '--as-of', asOf, '--spread-to-discuss', '3']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.team.thresholds).toEqual({ spreadToDiscuss: 3, yesNoSpreadToDiscuss: 1 });
    expect(report.team.agenda.map((entry: { item: string }) => entry.item)).toEqual([
      'team-knowledge-skills',
      'team-tool-agreements',
      'digital-flows-connected',
      'continuity-plan',
    ]);
  });

  it('names every problem with its file and path, and exits 1', async () => {
    const other = copyOf(sampleTeam[1] as never);
    other.practiceId = 'another-practice';
    const unknownRole = copyOf(sampleTeam[2] as never);
    unknownRole.respondent = { role: 'receptionist' };
    const run = await runBin([
      'team',
      files[0] as string,
      writeJson(dir, 'other.json', other),
      writeJson(dir, 'role.json', unknownRole),
    ]);
    expect(run.code).toBe(1);
    // Dutch by default, every line: the lead line here, the problems from the scoring package.
    expect(run.stderr).toContain('de antwoorden vormen samen geen teamscan (2 problemen)');
    expect(run.stderr).not.toMatch(/do not make|problems\)/);
    const english = await runBin([
      'team',
      files[0] as string,
      writeJson(dir, 'other-en.json', other),
      '--lang',
      'en',
    ]);
    expect(english.stderr).toContain('the responses do not make one team scan (1 problem)');
    expect(run.stderr).toMatch(/role\.json: \/respondent\/role unknown-role/);
    expect(run.stderr).toMatch(/other\.json: \/practiceId other-practice/);
  });

  it('refuses a single response and a bad threshold', async () => {
    const single = await runBin(['team', files[0] as string]);
    expect(single.code).toBe(1);
    expect(single.stderr).toContain('too-few-responses');
    const bad = await runBin(['team', ...files, '--spread-to-discuss', '0']);
    expect(bad.code).toBe(2);
  });
});
