import { sampleHalfway } from '@praktijkscan/model/samples';
import type { ReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOf, requireBuiltCli, runBin, tempDir, writeJson } from './support/cli';

const asOf = '2026-11-22';
let path: string;

beforeAll(() => {
  requireBuiltCli();
  const response = copyOf(sampleHalfway);
  response.ideas[0] = {
    ...response.ideas[0],
    title: '<img src=x onerror=alert(1)> *bold* [link](x)',
  };
  path = writeJson(tempDir(), 'practice.json', response);
});

describe('the Markdown report', { timeout: 30_000 }, () => {
  it('has every section heading, in order', async () => {
    const { code, stdout } = await runBin(['score', path, '--format', 'markdown', '--as-of', asOf]);
    expect(code).toBe(0);
    const headings = stdout.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Summary',
      '## Quality aspects at a glance',
      '## Quality aspects',
      '## INK phase ladder',
      '## Effect/energy matrix',
      '## Recommended next steps',
      '## PDCA plan',
      '## Monitoring',
      '## Data quality',
    ]);
    expect(stdout.startsWith('# Digital care scan: Huisartsenpraktijk Rivierzicht\n')).toBe(true);
  });

  it('has the same content as the report data', async () => {
    const [markdown, json] = await Promise.all([
      runBin(['score', path, '--format', 'markdown', '--as-of', asOf]),
      runBin(['score', path, '--as-of', asOf]),
    ]);
    const report = JSON.parse(json.stdout) as ReportData;
    const text = markdown.stdout;
    for (const aspect of report.aspects) {
      expect(text).toContain(
        `| ${aspect.label} | ${aspect.score?.toFixed(1)} | ${aspect.coverage?.toFixed(1)} |`,
      );
    }
    const stepHeadings = text.split('\n').filter((line) => /^### \d+\. /.test(line));
    expect(stepHeadings).toEqual(
      report.recommendations.map((step) => `### ${step.rank}. ${step.title}`),
    );
    for (const rung of report.phaseLadder)
      expect(text).toContain(`**${rung.phase} · ${rung.label}**`);
    for (const phase of report.plan) expect(text).toContain(`### ${phase.label} (`);
    expect(text).toContain(
      `| Questionnaire | ${report.monitoring.lastQuestionnaireOn} | ${report.monitoring.nextQuestionnaireDue} |`,
    );
  });

  it('escapes the texts of the response', async () => {
    const { stdout } = await runBin(['score', path, '--format', 'markdown', '--as-of', asOf]);
    expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](x)');
    expect(stdout).not.toContain('<img');
  });

  it('is in Dutch with --lang nl', async () => {
    const { stdout } = await runBin([
      'score',
      path,
      '--format',
      'markdown',
      '--lang',
      'nl',
      '--as-of',
      asOf,
    ]);
    expect(stdout).toContain('## Samenvatting');
    expect(stdout).toContain('## Kwaliteit van de gegevens');
    // The sample's overall score, as scoring computes it, in Dutch notation.
    const overall = (scoreResponse(sampleHalfway).overall ?? 0).toFixed(1).replace('.', ',');
    expect(stdout).toContain(`**Totaalscore**: ${overall}`);
  });
});
