// The HTML report printed by Chromium, for every sample in both languages: A4, nothing past the
// printable width, the one-page summary on exactly one page, no table row, quadrant, phase rung
// or focus step split across pages. Set PRAKTIJKSCAN_SCREENSHOTS to a folder to keep a PNG of
// each summary page and each PDF, for looking at.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Locale,
  type PracticeResponse,
  questionnaire,
  safeParseResponse,
} from '@praktijkscan/model';
import { sampleHalfway, samplePractices } from '@praktijkscan/model/samples';
import { recommend } from '@praktijkscan/recommendations';
import { buildReportData } from '@praktijkscan/report-data';
import { scoreResponse } from '@praktijkscan/scoring';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The functions passed to page.evaluate run in the page; this project's TypeScript has no DOM lib,
// so the page's document is declared here, for this module only.
// biome-ignore lint/suspicious/noExplicitAny: the page's DOM, untyped in a Node project
declare const document: any;

import { launchChromium } from '../../../scripts/browser/chromium';
import { renderHtmlReport } from '../src/index';
import { renderQuestionnaireHtml } from '../src/render/questionnaire-html';
import {
  elementsPastPrintableWidth,
  pdfPageCount,
  printableHeightPx,
  printableWidthPx,
  printToPdf,
  splitBoxes,
} from './support/print-layout';

const asOf = '2026-11-22';
const keepers = [
  'tr',
  '.quadrant',
  '.rung',
  '.focus li',
  '.figure',
  '.monitoring tr',
  '.application-domain li',
];
const screenshots = process.env.PRAKTIJKSCAN_SCREENSHOTS;

async function reportHtml(response: PracticeResponse, locale: Locale): Promise<string> {
  const result = scoreResponse(response);
  const recommendations = await recommend(result, response, { asOf, locale });
  return renderHtmlReport(buildReportData({ response, result, recommendations, asOf, locale }));
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const cases = samplePractices.flatMap((response) =>
  (['nl', 'en'] as const).map((locale) => ({ response, locale })),
);

describe.each(cases)(
  'the printed report of $response.practiceId ($locale)',
  ({ response, locale }) => {
    let htmlText: string;

    beforeAll(async () => {
      htmlText = await reportHtml(response, locale);
    });

    it('keeps every element inside the printable width of A4 portrait', async () => {
      await page.setContent(htmlText);
      expect(await elementsPastPrintableWidth(page)).toEqual([]);
    }, 60_000);

    it('splits no table row, matrix quadrant, phase rung or focus step across pages', async () => {
      await page.setContent(htmlText);
      const layout = await splitBoxes(page, keepers, '#summary');
      expect(layout.split).toEqual([]);
      expect(layout.pageOfLast).toBe(1);
    }, 60_000);

    it('prints the summary on one page of its own, then the details', async () => {
      await page.setContent(htmlText);
      await page.emulateMedia({ media: 'print' });
      const whole = await printToPdf(page);
      // The summary alone: the report without its details prints on exactly one page.
      await page.evaluate(() => document.querySelector('.details')?.remove());
      const summaryOnly = await printToPdf(page);
      expect(pdfPageCount(summaryOnly)).toBe(1);
      expect(pdfPageCount(whole)).toBeGreaterThan(1);
      if (screenshots) {
        mkdirSync(screenshots, { recursive: true });
        const name = `${response.practiceId}-${locale}`;
        writeFileSync(join(screenshots, `${name}.pdf`), whole);
        await page.setViewportSize({
          width: Math.floor(printableWidthPx),
          height: Math.floor(printableHeightPx),
        });
        await page.screenshot({ path: join(screenshots, `${name}-summary.png`) });
        console.log(`${name}: ${pdfPageCount(whole)} pages`);
      }
    }, 60_000);

    it('fits the use of digital applications into the width of a phone (360 px)', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.setContent(htmlText);
      const past: string[] = await page.evaluate(() =>
        [...document.querySelectorAll('#adoption, #adoption *')]
          .filter(
            (element: { getBoundingClientRect(): { right: number } }) =>
              element.getBoundingClientRect().right > 360.5,
          )
          .map(
            (element: { tagName: string; textContent: string }) =>
              `${element.tagName}: ${element.textContent.slice(0, 40)}`,
          ),
      );
      expect(past).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 720 });
    }, 60_000);

    it('has A4 portrait, page numbers and the practice and date in the page footer', () => {
      expect(htmlText).toContain('@page { size: A4 portrait;');
      expect(htmlText).toMatch(
        /@bottom-right \{ content: "[^"]*" counter\(page\) " \/ " counter\(pages\)/,
      );
      expect(htmlText).toMatch(/@bottom-left \{ content: "[^"]+"/);
    });
  },
);

describe('the print checks themselves', () => {
  it('find a date cut at the right margin and a row split across pages', async () => {
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><table style="width:100%;table-layout:fixed"><tr><td style="width:90%">x</td><td><time style="white-space:nowrap">2027-12-19 2027-12-19</time></td></tr></table><div style="height:${Math.floor(printableHeightPx) - 30}px"></div><table><tr class="tall"><td style="height:80px">row</td></tr></table></body></html>`,
    );
    expect((await elementsPastPrintableWidth(page)).join()).toContain('2027-12-19');
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><div style="height:${Math.floor(printableHeightPx) - 30}px"></div><div class="quadrant" style="height:80px">split me</div></body></html>`,
    );
    expect((await splitBoxes(page, ['.quadrant'], 'body')).split).toEqual(['.quadrant "split me"']);
  }, 60_000);
});

const elementsCount = (text: string, marker: string) => text.split(marker).length - 1;

/** `2026-04-08` as a person writes it: `8-4-2026`; and back. */
const written = (iso: string) => iso.split('-').map(Number).reverse().join('-');
const isoOf = (date: string) =>
  date
    .split('-')
    .reverse()
    .map((part, index) => (index === 0 ? part : part.padStart(2, '0')))
    .join('-');

describe.each(['nl', 'en'] as const)('the printable paper form (%s)', (locale) => {
  const form = renderQuestionnaireHtml(questionnaire, locale);

  it('prints on A4 inside the printable width, no question or improvement form split', async () => {
    await page.setContent(form);
    // No code on the page: no item ids, no answer codes.
    const text = (await page.evaluate('document.body.innerText')) as string;
    for (const item of questionnaire.items) expect(text).not.toContain(item.id);
    expect(text).not.toMatch(/\(na\)|`|n\.v\.t\./);
    expect(elementsCount(form, 'type="radio" name="answers.')).toBeGreaterThan(
      questionnaire.items.length,
    );
    expect(await elementsPastPrintableWidth(page)).toEqual([]);
    await page.setContent(form);
    const layout = await splitBoxes(page, ['fieldset', '.line'], 'h1');
    expect(layout.split).toEqual([]);
    // splitBoxes rearranged the page into columns: print it afresh.
    await page.setContent(form);
    await page.emulateMedia({ media: 'print' });
    const pdf = await printToPdf(page);
    if (screenshots) {
      mkdirSync(screenshots, { recursive: true });
      writeFileSync(join(screenshots, `paper-form-${locale}.pdf`), pdf);
      await page.setViewportSize({
        width: Math.floor(printableWidthPx),
        height: Math.floor(printableHeightPx),
      });
      await page.screenshot({ path: join(screenshots, `paper-form-${locale}.png`) });
      console.log(`paper form ${locale}: ${pdfPageCount(pdf)} pages`);
    }
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
  }, 60_000);

  it('filled in Chromium with a sample, reads back as a response that scores like it', async () => {
    await page.setContent(form);
    const response = sampleHalfway;
    const fill = (name: string, value: string, nth = 0) =>
      page.locator(`input[name="${name}"]`).nth(nth).fill(value);
    await fill('practiceName', response.practiceName ?? '');
    await fill('practiceId', response.practiceId);
    await fill('completedOn', written(response.completedOn));
    if (response.lastPracticeVisitOn)
      await fill('lastPracticeVisitOn', written(response.lastPracticeVisitOn));
    for (const id of response.bottlenecks) {
      await page.check(`input[name="bottlenecks"][value="${id}"]`);
    }
    for (const [index, text] of response.ownBottlenecks.entries())
      await fill('ownBottlenecks', text, index);
    for (const [itemId, answer] of Object.entries(response.answers)) {
      await page.check(`input[name="answers.${itemId}"][value="${answer}"]`);
    }
    for (const [index, idea] of response.ideas.entries()) {
      for (const field of [
        'title',
        'from',
        'team',
        'problem',
        'size',
        'idea',
        'yield',
        'involve',
      ] as const) {
        const value = idea[field];
        if (value !== undefined) await fill(`ideas.${index}.${field}`, value);
      }
      if (idea.date) await fill(`ideas.${index}.date`, written(idea.date));
      await page.check(`input[name="ideas.${index}.effect"][value="${idea.effect}"]`);
      await page.check(`input[name="ideas.${index}.energy"][value="${idea.energy}"]`);
    }

    // Read the form back as a browser submits it: its name/value pairs.
    const entries = (await page.evaluate(
      "[...new FormData(document.querySelector('form')).entries()].map(([name, value]) => [name, String(value)])",
    )) as [string, string][];
    const read: Record<string, unknown> = {
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
    };
    const answers: Record<string, number | 'na'> = {};
    const bottlenecks: string[] = [];
    const own: string[] = [];
    const ideas: Record<string, string | number>[] = [];
    for (const [name, value] of entries) {
      const [head, key, field] = name.split('.');
      if (value.trim() === '') continue;
      if (head === 'answers' && key) answers[key] = value === 'na' ? 'na' : Number(value);
      else if (head === 'bottlenecks') bottlenecks.push(value);
      else if (head === 'ownBottlenecks') own.push(value);
      else if (head === 'ideas' && key && field) {
        const idea = ideas[Number(key)] ?? {};
        ideas[Number(key)] = idea;
        idea[field] =
          field === 'effect' || field === 'energy'
            ? Number(value)
            : field === 'date'
              ? isoOf(value)
              : value;
      } else read[head!] = name.endsWith('On') ? isoOf(value) : value;
    }
    const parsed = safeParseResponse({
      ...read,
      answers,
      bottlenecks,
      ownBottlenecks: own,
      // Paper has no idea ids: the sample's are given, by position.
      ideas: ideas.map((idea, index) => ({ id: response.ideas[index]!.id, ...idea })),
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
    expect(parsed.data).toEqual(response);
    expect(scoreResponse(parsed.data)).toEqual(scoreResponse(response));
  }, 120_000);
});
