import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { qualityAspectIds } from '@praktijkscan/model';
import { sampleHalfway } from '@praktijkscan/model/samples';
import { packageVersion, type ReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../src/index';
import { copyOf, requireBuiltCli, runBin, tempDir, writeJson } from './support/cli';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const asOf = '2026-11-22';
const { version } = sampleHalfway.questionnaire;
const xssIdea = '<img src=x onerror=alert(1)>';
const xssName = '<script>alert("name")</script> & Zonen';
const sectionIds = [
  'summary',
  'radar',
  'aspects',
  'adoption',
  'phase-ladder',
  'focus',
  'roadmap',
  'later',
  'avoid',
  'notes',
  'matrix',
  'recommendations',
  'plan',
  'monitoring',
  'data-quality',
];

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  const children = 'childNodes' in node ? [...node.childNodes] : [];
  if (isElement(node) && node.tagName === 'template' && 'content' in node) {
    children.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
  }
  return children;
}

function elements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) found.push(node);
    for (const child of childrenOf(node)) walk(child);
  };
  walk(root);
  return found;
}

const attr = (element: Element, name: string) =>
  element.attrs.find((attribute) => attribute.name === name)?.value;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return childrenOf(node).map(textOf).join('');
}

function byId(root: Node, id: string): Element {
  const found = elements(root).find((element) => attr(element, 'id') === id);
  if (!found) throw new Error(`no element with id "${id}"`);
  return found;
}

let page: string;
let report: ReportData;
let previousPage: string;
let previousReport: ReportData;

beforeAll(async () => {
  requireBuiltCli();
  const dir = tempDir();
  const response = copyOf(sampleHalfway);
  response.practiceName = xssName;
  response.ideas[0] = { ...response.ideas[0], title: xssIdea };
  const path = writeJson(dir, 'practice.json', response);
  const earlier = copyOf(sampleHalfway);
  earlier.completedOn = '2025-04-08';
  earlier.answers['digital-care-vision'] = 1;
  earlier.answers['non-digital-access'] = 1;
  const previousPath = writeJson(dir, 'previous.json', earlier);

  const [html, json, withPrevious, withPreviousJson] = await Promise.all([
    runBin([
      'score',
      '--lang',
      'en',
      path,
      '--format',
      'html',
      '--as-of',
      asOf,
      '--out',
      join(dir, 'r.html'),
    ]),
    runBin(['score', '--lang', 'en', path, '--as-of', asOf]),
    runBin([
      'score',
      '--lang',
      'en',
      path,
      '--format',
      'html',
      '--as-of',
      asOf,
      '--previous',
      previousPath,
    ]),
    runBin(['score', '--lang', 'en', path, '--as-of', asOf, '--previous', previousPath]),
  ]);
  for (const run of [html, json, withPrevious, withPreviousJson]) {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }
  page = readFileSync(join(dir, 'r.html'), 'utf8');
  report = JSON.parse(json.stdout);
  previousPage = withPrevious.stdout;
  previousReport = JSON.parse(withPreviousJson.stdout);
}, 30_000);

describe('the HTML report', () => {
  it('is one document with the locale as its lang, and every section id', () => {
    const document = parse(page);
    const html = elements(document).find((element) => element.tagName === 'html')!;
    expect(attr(html, 'lang')).toBe('en');
    for (const id of sectionIds) expect(byId(document, id).tagName).toBe('section');
    const ids = elements(document)
      .map((element) => attr(element, 'id'))
      .filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no script, no external reference and no URL at all', () => {
    const all = elements(parse(page));
    expect(all.filter((element) => element.tagName === 'script')).toEqual([]);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/<script/i);
    for (const element of all) {
      for (const attribute of element.attrs) {
        expect(['src', 'href', 'xlink:href', 'action', 'srcset']).not.toContain(attribute.name);
        expect(attribute.name.startsWith('on')).toBe(false);
      }
    }
    expect(all.filter((element) => ['img', 'link', 'iframe'].includes(element.tagName))).toEqual(
      [],
    );
  });

  it('shows the practice name and an idea titled like markup as text, escaped', () => {
    const document = parse(page);
    const h1 = elements(document).find((element) => element.tagName === 'h1')!;
    expect(textOf(h1)).toBe(xssName);
    expect(textOf(byId(document, 'matrix'))).toContain(xssIdea);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; Zonen');
    expect(page).not.toContain(xssIdea);
  });

  it('has the header facts: practice id, completion date, as-of date, questionnaire version', () => {
    const header = elements(parse(page)).find((element) => element.tagName === 'header')!;
    const text = textOf(header);
    for (const fact of [
      'sample-rivierzicht',
      '8 April 2026',
      '22 November 2026',
      `version ${version}`,
    ]) {
      expect(text).toContain(fact);
    }
    // Dates read as long dates; the ISO date stays in the markup for programs.
    const times = elements(header).filter((element) => element.tagName === 'time');
    expect(times.map((time) => attr(time, 'datetime'))).toEqual(['2026-04-08', asOf]);
  });

  it("names the questionnaire's version and the software's version apart", () => {
    const elementsOfPage = elements(parse(page));
    const header = textOf(elementsOfPage.find((element) => element.tagName === 'header')!);
    const footer = textOf(elementsOfPage.find((element) => element.tagName === 'footer')!);
    expect(header).toContain('Questionnaire');
    expect(header).toContain(`version ${version}`);
    expect(header).not.toContain(packageVersion);
    expect(footer).toContain(`Generated by the praktijkscan software, version ${packageVersion}`);
  });

  it('draws the radar with six labelled axes and the ReportData scores as its points', () => {
    const radar = byId(parse(page), 'radar');
    const svg = elements(radar).find(
      (element) => element.tagName === 'svg' && attr(element, 'data-axes'),
    )!;
    const axes = elements(svg).filter(
      (element) => element.tagName === 'g' && attr(element, 'data-axis') !== undefined,
    );
    expect(axes.map((axis) => attr(axis, 'data-axis'))).toEqual([...qualityAspectIds]);
    axes.forEach((axis, index) => {
      expect(textOf(axis)).toContain(report.radar.axes[index]!.label);
    });
    const points = elements(svg).filter(
      (element) => element.tagName === 'circle' && attr(element, 'data-series') === 'practice',
    );
    expect(points).toHaveLength(6);
    const values = Object.fromEntries(
      points.map((point) => [attr(point, 'data-axis'), Number(attr(point, 'data-value'))]),
    );
    expect(values).toEqual(
      Object.fromEntries(report.aspects.map((aspect) => [aspect.id, aspect.score])),
    );
  });

  it('draws the previous series beside the practice, with its own values', () => {
    const svg = elements(byId(parse(previousPage), 'radar')).find(
      (element) => element.tagName === 'svg' && attr(element, 'data-axes'),
    )!;
    const previousPoints = elements(svg).filter(
      (element) => element.tagName === 'circle' && attr(element, 'data-series') === 'previous',
    );
    const series = previousReport.radar.series.find((entry) => entry.id === 'previous')!;
    expect(previousPoints.map((point) => Number(attr(point, 'data-value')))).toEqual(series.values);
    expect(textOf(byId(parse(previousPage), 'radar'))).toContain('Previous assessment');
    expect(textOf(byId(parse(previousPage), 'aspects'))).toMatch(/\+\d+\.\d/);
  });

  it('lays out the phase ladder, the 2x2 matrix, the recommendations in order and the plan', () => {
    const document = parse(page);
    const rungs = elements(byId(document, 'phase-ladder')).filter(
      (element) => element.tagName === 'li',
    );
    expect(rungs.map((rung) => attr(rung, 'data-status'))).toEqual(
      [...report.phaseLadder].reverse().map((rung) => rung.status),
    );
    const next = report.phaseLadder.find((rung) => rung.status === 'next')!;
    const nextRung = rungs.find((rung) => attr(rung, 'data-status') === 'next')!;
    const nextTimes = elements(nextRung)
      .filter((element) => element.tagName === 'time')
      .map((time) => attr(time, 'datetime'));
    expect(nextTimes).toEqual([next.earliestDate, next.typicalDate]);
    expect(textOf(nextRung)).toMatch(
      /earliest \d{1,2} [A-Z][a-z]+ \d{4}, typically \d{1,2} [A-Z][a-z]+ \d{4}/,
    );

    const quadrants = elements(byId(document, 'matrix')).filter(
      (element) => attr(element, 'data-quadrant') !== undefined,
    );
    expect(quadrants.map((quadrant) => attr(quadrant, 'data-quadrant'))).toEqual([
      'always-do',
      'do-after-weighing',
      'quick-win',
      'never-do',
    ]);
    for (const quadrant of report.matrix) {
      const cell = quadrants.find(
        (element) => attr(element, 'data-quadrant') === quadrant.quadrant,
      )!;
      expect(textOf(cell)).toContain(quadrant.label);
      for (const entry of [...quadrant.recommendations, ...quadrant.ideas]) {
        expect(textOf(cell)).toContain(entry.title);
      }
    }

    const steps = elements(byId(document, 'recommendations')).filter(
      (element) => element.tagName === 'li' && attr(element, 'data-id') !== undefined,
    );
    expect(steps.map((step) => attr(step, 'data-id'))).toEqual(
      report.recommendations.map((step) => step.id),
    );
    for (const [index, step] of steps.entries()) {
      for (const reason of report.recommendations[index]!.reasons) {
        expect(textOf(step)).toContain(reason.text);
      }
    }

    const phases = elements(byId(document, 'plan')).filter(
      (element) => element.tagName === 'div' && attr(element, 'data-phase') !== undefined,
    );
    expect(phases.map((phase) => attr(phase, 'data-phase'))).toEqual([
      'plan',
      'do',
      'check',
      'act',
    ]);
    // Each step's own cycle, in the roadmap's time order.
    const rows = elements(byId(document, 'plan')).filter(
      (element) => element.tagName === 'tr' && attr(element, 'data-step') !== undefined,
    );
    expect(rows.map((row) => attr(row, 'data-step'))).toEqual(
      report.pdca.steps.map((step) => step.id),
    );
  });

  it('shows the focus first, then the quarters, then later, then avoid', () => {
    const document = parse(page);
    const order = ['focus', 'roadmap', 'later', 'avoid'].map((id) => page.indexOf(`id="${id}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const focus = elements(byId(document, 'focus')).filter(
      (element) => element.tagName === 'li' && attr(element, 'data-step') !== undefined,
    );
    expect(focus.map((item) => attr(item, 'data-step'))).toEqual(
      report.plan.focus.map((step) => step.id),
    );
    const quarters = elements(byId(document, 'roadmap')).filter(
      (element) => attr(element, 'data-quarter') !== undefined,
    );
    expect(quarters).toHaveLength(report.plan.quarters.length);
    const avoid = elements(byId(document, 'avoid')).filter(
      (element) => element.tagName === 'li' && attr(element, 'data-step') !== undefined,
    );
    expect(avoid.map((item) => attr(item, 'data-step'))).toEqual(
      report.plan.avoid.map((entry) => entry.id),
    );
  });

  it('flags overdue monitoring dates and lists the data quality', () => {
    const document = parse(page);
    const flags = elements(byId(document, 'monitoring'))
      .map((element) => attr(element, 'data-status'))
      .filter((flag) => flag !== undefined);
    expect(flags).toEqual([
      report.monitoring.questionnaireOverdue ? 'overdue' : 'on-time',
      report.monitoring.visitStatus,
    ]);
    const { answered, applicable } = scoreResponse(sampleHalfway).completeness;
    expect(textOf(byId(document, 'data-quality'))).toContain(`${answered} / ${applicable}`);
  });

  it('shows the use of digital applications after the aspect scores, apart from them, as the report data has it', () => {
    const document = parse(page);
    const order = elements(document)
      .filter((element) => element.tagName === 'section')
      .map((element) => attr(element, 'id'));
    expect(order.indexOf('adoption')).toBe(order.indexOf('themes') + 1);
    const section = byId(document, 'adoption');
    expect(textOf(section)).toContain('Use of digital applications');
    expect(textOf(section)).toContain('not part of the quality scores');
    expect(textOf(section)).toContain('in use from the answer ‘In use, limited’');
    const rows = elements(section).filter((element) => attr(element, 'data-domain') !== undefined);
    const { adoption } = report;
    expect(rows.map((row) => attr(row, 'data-domain'))).toEqual([
      ...adoption.domains.filter((domain) => domain.asked > 0).map((domain) => domain.id),
      'nivel-types',
    ]);
    for (const [index, domain] of [...adoption.domains, adoption.nivelTypes].entries()) {
      const cells = elements(rows[index]!)
        .filter((cell) => cell.tagName === 'td')
        .map(textOf);
      expect(cells).toEqual([
        `${domain.inUse} of ${domain.asked}`,
        String(domain.notApplicable),
        String(domain.missing),
        domain.usageLevel === null ? 'no score' : domain.usageLevel.toFixed(1),
      ]);
    }
    // On a phone the rows are laid out as grids; the roles keep the table a table.
    const table = elements(section).find((element) => element.tagName === 'table');
    expect(table && attr(table, 'role')).toBe('table');
    expect(rows.map((row) => attr(row, 'role'))).toEqual(rows.map(() => 'row'));
    expect(
      elements(table!)
        .filter((element) => ['th', 'td'].includes(element.tagName))
        .map((cell) => attr(cell, 'role')),
    ).not.toContain(undefined);
    const items = elements(section).filter((element) => attr(element, 'data-application'));
    expect(items.map((item) => attr(item, 'data-application'))).toEqual(
      adoption.applications.map((application) => application.id),
    );
    for (const [index, application] of adoption.applications.entries()) {
      expect(textOf(items[index]!)).toContain(application.label);
      expect(textOf(items[index]!)).toContain(application.answerLabel);
      expect(textOf(items[index]!).includes('Nivel type')).toBe(application.nivelType);
    }
  });

  it('has print CSS for A4 and keeps sections together', () => {
    const style = elements(parse(page)).find((element) => element.tagName === 'style')!;
    const css = textOf(style);
    expect(css).toMatch(/@page \{ size: A4 portrait; margin: [^}]+\}/);
    expect(css).toContain('break-inside: avoid');
  });
});

describe('renderHtmlReport', () => {
  it('leaves a null score as a gap, never as 0, and draws the benchmark median', () => {
    const values = [50, null, 70, 40, 60, 55];
    const modified: ReportData = {
      ...report,
      radar: {
        ...report.radar,
        series: [
          { id: 'practice', label: 'This practice', values },
          {
            id: 'benchmark-median',
            label: 'Regional median',
            values: [60, 60, 60, 60, 60, 60],
          },
        ],
      },
    };
    const svg = elements(byId(parse(renderHtmlReport(modified)), 'radar')).find(
      (element) => element.tagName === 'svg' && attr(element, 'data-axes'),
    )!;
    const practice = elements(svg).find(
      (element) => element.tagName === 'g' && attr(element, 'data-series') === 'practice',
    )!;
    const points = elements(practice).filter((element) => element.tagName === 'circle');
    expect(points.map((point) => attr(point, 'data-axis'))).toEqual([
      'safety',
      'efficiency',
      'person-centredness',
      'timeliness',
      'equity',
    ]);
    // No closed outline through the missing axis: only neighbours that both have a score are joined.
    expect(elements(practice).filter((element) => element.tagName === 'polygon')).toEqual([]);
    expect(elements(practice).filter((element) => element.tagName === 'line')).toHaveLength(4);
    const benchmark = elements(svg).filter(
      (element) =>
        element.tagName === 'circle' && attr(element, 'data-series') === 'benchmark-median',
    );
    expect(benchmark.map((point) => attr(point, 'data-value'))).toEqual(Array(6).fill('60'));
    const effectiveness = elements(svg).find(
      (element) => element.tagName === 'g' && attr(element, 'data-axis') === 'effectiveness',
    )!;
    expect(textOf(effectiveness)).toContain('no score');
  });
});

describe('the one-page summary', () => {
  it("shows the roadmap's focus on the summary page, with who and by when", () => {
    const summary = byId(parse(page), 'summary');
    const focus = byId(summary, 'focus');
    const steps = elements(focus).filter(
      (element) => element.tagName === 'li' && attr(element, 'data-step') !== undefined,
    );
    expect(report.plan.focus.length).toBeGreaterThan(0);
    expect(report.plan.focus.length).toBeLessThanOrEqual(report.plan.capacity);
    expect(steps.map((step) => attr(step, 'data-step'))).toEqual(
      report.plan.focus.map((step) => step.id),
    );
    for (const [index, step] of steps.entries()) {
      const planned = report.plan.focus[index]!;
      for (const role of planned.roles) expect(textOf(step)).toContain(role.label);
      const times = elements(step).filter((element) => element.tagName === 'time');
      expect(times.map((time) => attr(time, 'datetime'))).toEqual([
        planned.startBy,
        planned.evaluateOn,
      ]);
    }
  });

  it('says in words that no previous assessment and no region were given', () => {
    const text = textOf(byId(parse(page), 'comparison'));
    expect(text).toContain('No earlier assessment given');
    expect(text).toContain('No regional figures given');
    expect(textOf(byId(parse(page), 'aspects'))).toContain('No regional figures given');
    expect(textOf(byId(parse(previousPage), 'comparison'))).toContain('Completed on 8 April 2025');
  });

  it('explains phase 0 as not yet phase 1 and warns when coverage is below 50%', () => {
    const low: ReportData = {
      ...report,
      summary: {
        ...report.summary,
        inkPhase: { phase: 0, label: null },
        completeness: { answered: 10, applicable: 63, percentage: 15.9 },
      },
    };
    const document = parse(renderHtmlReport(low));
    const summaryText = textOf(byId(document, 'summary'));
    expect(summaryText).toContain('Not yet phase 1');
    expect(summaryText).not.toMatch(/INK phase 0/);
    const warning = elements(document).find(
      (element) => attr(element, 'data-warning') === 'low-coverage',
    )!;
    expect(textOf(warning)).toContain('15.9%');
    const full = parse(page);
    expect(
      elements(full).filter((element) => attr(element, 'data-warning') === 'low-coverage'),
    ).toEqual([]);
  });

  it('writes every percentage with its unit', () => {
    const document = parse(page);
    expect(textOf(byId(document, 'summary'))).toContain('100.0%');
    const rows = elements(byId(document, 'aspects')).filter(
      (element) =>
        element.tagName === 'tr' && elements(element).some((cell) => cell.tagName === 'td'),
    );
    expect(rows).toHaveLength(report.aspects.length);
    const coverage = rows.map((row) =>
      textOf(elements(row).filter((cell) => cell.tagName === 'td')[1]!),
    );
    expect(coverage).toEqual(report.aspects.map((aspect) => `${aspect.coverage?.toFixed(1)}%`));
  });
});
