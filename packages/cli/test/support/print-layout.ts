// Measures how Chromium prints a page: the PDF's page count, and, in print emulation, elements
// that extend past the printable width and boxes that a page break would split.

import type { Page } from 'playwright-core';

// The functions passed to page.evaluate run in the page; this project's TypeScript has no DOM lib,
// so the page's document is declared here, for this module only.
// biome-ignore lint/suspicious/noExplicitAny: the page's DOM, untyped in a Node project
declare const document: any;

/** A4 is 210 × 297 mm; the report's `@page` margins are 14 mm left and right, 14 top, 18 bottom. */
const pxPerMm = 96 / 25.4;
export const printableWidthPx = (210 - 14 - 14) * pxPerMm;
export const printableHeightPx = (297 - 14 - 18) * pxPerMm;

/** The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`, the page tree). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Prints the page as Chromium does (A4 from the page's own `@page`), and returns the PDF. */
export function printToPdf(page: Page): Promise<Buffer> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true });
}

/**
 * Elements whose box extends past the printable width, with the page laid out in print media at
 * exactly that width: `tag.class (left..right)` for each.
 */
export async function elementsPastPrintableWidth(page: Page): Promise<string[]> {
  await page.setViewportSize({
    width: Math.floor(printableWidthPx),
    height: Math.floor(printableHeightPx),
  });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 0.5;
    const out: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > limit || box.left < -0.5) {
        const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''}`;
        out.push(
          `${name} "${(element.textContent ?? '').trim().slice(0, 40)}" (${Math.round(box.left)}..${Math.round(box.right)} of ${Math.round(limit)})`,
        );
      }
    }
    return out;
  });
}

/**
 * Boxes a page break would split. The body is laid out in columns of the printable page's size
 * (print media, the same fragmentation rules as printing: `break-inside`, `break-after: page`),
 * so each column is a page; a box in more than one column is split. Returns, per selector, the
 * boxes split, and the column (page, from 1) that the last box of `lastOf` ends on.
 */
export async function splitBoxes(
  page: Page,
  selectors: readonly string[],
  lastOf: string,
): Promise<{ split: string[]; pageOfLast: number; pages: number }> {
  await page.setViewportSize({
    width: Math.floor(printableWidthPx),
    height: Math.floor(printableHeightPx),
  });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(
    ({ selectors, lastOf, width, height }) => {
      const pager = document.createElement('div');
      pager.style.cssText = `column-width:${width}px;column-gap:0;column-fill:auto;height:${height}px;width:${width}px;margin:0;padding:0`;
      while (document.body.firstChild) pager.appendChild(document.body.firstChild);
      document.body.appendChild(pager);
      const origin = pager.getBoundingClientRect().left;
      // No inner functions: the bundler would wrap them in a helper the page does not have.
      const split: string[] = [];
      for (const selector of selectors) {
        for (const element of document.querySelectorAll(selector)) {
          const rects = [...element.getClientRects()].filter((rect) => rect.height > 0);
          const columns = new Set(
            rects.map((rect) => Math.floor((rect.left - origin + 0.5) / width) + 1),
          );
          if (columns.size > 1) {
            split.push(`${selector} "${(element.textContent ?? '').trim().slice(0, 50)}"`);
          }
        }
      }
      const last = document.querySelector(lastOf);
      const lastRects = last ? [...last.getClientRects()].filter((rect) => rect.height > 0) : [];
      const pageOfLast = Math.max(
        0,
        ...lastRects.map((rect) => Math.floor((rect.left - origin + 0.5) / width) + 1),
      );
      const pages = Math.floor((pager.scrollWidth - 1 + 0.5) / width) + 1;
      return { split, pageOfLast, pages };
    },
    {
      selectors,
      lastOf,
      width: Math.floor(printableWidthPx),
      height: Math.floor(printableHeightPx),
    },
  );
}
