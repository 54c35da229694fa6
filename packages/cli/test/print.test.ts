// The HTML report printed by Chromium, for every sample in both languages: A4, nothing past the
// printable width, the one-page summary on exactly one page, no table row, quadrant, phase rung
// or focus step split across pages. Set PRAKTIJKSCAN_SCREENSHOTS to a folder to keep a PNG of
// each summary page and each PDF, for looking at.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, PracticeResponse } from '@praktijkscan/model';
import { samplePractices } from '@praktijkscan/model/samples';
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
import {
  elementsPastPrintableWidth,
  pdfPageCount,
  printableHeightPx,
  printableWidthPx,
  printToPdf,
  splitBoxes,
} from './support/print-layout';

const asOf = '2026-11-22';
const keepers = ['tr', '.quadrant', '.rung', '.focus li', '.figure', '.monitoring tr'];
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
