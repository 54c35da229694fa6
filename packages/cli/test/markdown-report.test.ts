import { sampleHalfway } from '@praktijkscan/model/samples';
import type { ReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOf, requireBuiltCli, runBin, tempDir, writeJson } from './support/cli';

const asOf = '2026-11-22';

/** An ISO date as the English report writes it: `8 April 2026`. */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
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
    const { code, stdout } = await runBin([
      'score',
      '--lang',
      'en',
      path,
      '--format',
      'markdown',
      '--as-of',
      asOf,
    ]);
    expect(code).toBe(0);
    const headings = stdout.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Summary',
      '## Quality aspects at a glance',
      '## Quality aspects',
      '## Use of digital applications',
      '## INK phase ladder',
      '## Start now',
      '## Roadmap by quarter',
      '## Later',
      '## Not now, and why',
      '## Notes on the scan',
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
      runBin(['score', '--lang', 'en', path, '--format', 'markdown', '--as-of', asOf]),
      runBin(['score', '--lang', 'en', path, '--as-of', asOf]),
    ]);
    const report = JSON.parse(json.stdout) as ReportData;
    const text = markdown.stdout;
    for (const aspect of report.aspects) {
      expect(text).toContain(
        `| ${aspect.label} | ${aspect.score?.toFixed(1)} | ${aspect.coverage?.toFixed(1)}% |`,
      );
    }
    const stepHeadings = text.split('\n').filter((line) => /^### \d+\. /.test(line));
    expect(stepHeadings).toEqual(
      report.recommendations.map((step) => `### ${step.rank}. ${step.title}`),
    );
    for (const rung of report.phaseLadder)
      expect(text).toContain(`**${rung.phase} · ${rung.label}**`);
    for (const phase of report.pdca.phases) expect(text).toContain(`### ${phase.label}`);
    for (const [index, step] of report.plan.focus.entries())
      expect(text).toContain(`${index + 1}. **${step.title}**`);
    // The catalog's steps (the practice's ideas are escaped, as the test below shows).
    for (const entry of [...report.plan.later, ...report.plan.avoid].filter(
      (e) => e.kind === 'step',
    ))
      expect(text).toContain(`- **${entry.title}**: ${entry.text}`);
    // The JSON report carries the roadmap as plan, each step with its id and dates.
    expect(Object.keys(report.plan)).toEqual(
      expect.arrayContaining(['focus', 'quarters', 'later', 'avoid']),
    );
    for (const step of report.plan.quarters.flatMap((quarter) => quarter.steps))
      expect(step).toMatchObject({
        id: expect.any(String),
        startBy: expect.any(String),
        evaluateOn: expect.any(String),
      });
    expect(text).toContain(
      `| Questionnaire | ${longDate(report.monitoring.lastQuestionnaireOn)} | ${longDate(report.monitoring.nextQuestionnaireDue)} |`,
    );
    expect(text).toContain('| Questionnaire | 8 April 2026 |');
    // The use of digital applications: a row per domain, then Nivel's types; every application.
    for (const domain of [...report.adoption.domains, report.adoption.nivelTypes])
      expect(text).toContain(
        `| ${domain.label.replaceAll('&', '&amp;')} | ${domain.inUse} of ${domain.asked} | ${domain.notApplicable} | ${domain.missing} | ${domain.usageLevel?.toFixed(1)} |`,
      );
    for (const application of report.adoption.applications)
      expect(text).toContain(
        `- ${application.label}${application.nivelType ? ' (Nivel type)' : ''}: ${application.answerLabel}`,
      );
    expect(text).toContain('This overview is not part of the quality scores');
  });

  it('escapes the texts of the response', async () => {
    const { stdout } = await runBin([
      'score',
      '--lang',
      'en',
      path,
      '--format',
      'markdown',
      '--as-of',
      asOf,
    ]);
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
    expect(stdout).toContain('## Gebruik van digitale toepassingen');
    expect(stdout).toContain('Dit overzicht hoort niet bij de kwaliteitsscores');
    // The sample's overall score, as scoring computes it, in Dutch notation.
    const overall = (scoreResponse(sampleHalfway).overall ?? 0).toFixed(1).replace('.', ',');
    expect(stdout).toContain(`**Totaalscore**: ${overall}`);
  });
});
