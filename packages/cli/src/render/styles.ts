import { SafeHtml } from './safe-html';

// The report's stylesheet, inlined in every page: no external font, image or URL. Trusted
// constant text, so it is inserted as is (a <style> element does not decode entities).
const css = `
:root { --ink: #1d2733; --muted: #5b6773; --line: #d5dbe1; --accent: #1f5fa8; --accent-soft: #e7eff9;
  --good: #2e7d32; --good-soft: #e8f3e9; --warn: #b45f06; --warn-soft: #fdf0e0; --bad: #b3261e; --bad-soft: #fbe9e7; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.9rem; margin: 0.1rem 0 0.6rem; }
h2 { font-size: 1.3rem; margin: 0 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 0.2rem 0 0.4rem; }
h4 { font-size: 0.85rem; margin: 0.6rem 0 0.2rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
p { margin: 0.3rem 0; }
.small { font-size: 0.85rem; }
.muted { color: var(--muted); }
.kicker { margin: 0; color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.8rem; }
.report-header { border-bottom: 1px solid var(--line); padding-bottom: 0.8rem; margin-bottom: 1.2rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.4rem 1.6rem; margin: 0; }
.meta div { display: flex; gap: 0.4rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; font-weight: 600; }
.section { margin: 0 0 1.8rem; break-inside: avoid; page-break-inside: avoid; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.8rem; margin: 0; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; }
.figure dt { color: var(--muted); font-size: 0.85rem; }
.figure dd { margin: 0.2rem 0 0; }
.figure.big dd { font-size: 1.35rem; font-weight: 700; }
.figure.big dd .small { font-weight: 400; display: block; font-size: 0.8rem; color: var(--muted); }
.radar { margin: 0; text-align: center; }
.radar-chart { max-width: 100%; height: auto; }
.radar-chart .ring { fill: none; stroke: var(--line); stroke-width: 1; }
.radar-chart .axis line { stroke: #aeb8c2; stroke-width: 1; }
.radar-chart .axis-label { font-size: 14px; font-weight: 600; fill: var(--ink); }
.radar-chart .axis-value { font-size: 13px; fill: var(--accent); font-weight: 700; }
.radar-chart .axis-value.no-score { fill: var(--bad); font-style: italic; font-weight: 400; }
.radar-chart .ring-label { font-size: 10px; fill: var(--muted); }
.series-shape { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
.series-practice .series-shape { stroke: var(--accent); }
.series-practice polygon.series-shape { fill: rgba(31, 95, 168, 0.18); }
.series-practice .point { fill: var(--accent); }
.series-previous .series-shape { stroke: #6f7a85; stroke-dasharray: 6 4; }
.series-previous .point { fill: #6f7a85; }
.series-benchmark-median .series-shape { stroke: var(--warn); stroke-dasharray: 2 3; }
.series-benchmark-median .point { fill: var(--warn); }
.legend { list-style: none; padding: 0; margin: 0.4rem 0; display: flex; justify-content: center; gap: 1.4rem; }
.legend line { stroke-width: 3; }
.legend-practice line { stroke: var(--accent); }
.legend-previous line { stroke: #6f7a85; stroke-dasharray: 6 4; }
.legend-benchmark-median line { stroke: var(--warn); stroke-dasharray: 2 3; }
table { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
tbody th { font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
.bar { display: inline-block; width: 5rem; height: 0.55rem; background: #edf0f3; border-radius: 3px; vertical-align: middle; margin-left: 0.4rem; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--accent); }
.bar.wide { width: 10rem; margin: 0 0.6rem; }
.ladder { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.4rem; }
.rung { display: flex; gap: 0.8rem; align-items: flex-start; border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 0.5rem 0.8rem; break-inside: avoid; page-break-inside: avoid; }
.rung-number { flex: none; width: 2rem; height: 2rem; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-weight: 700; background: #edf0f3; }
.rung-body { flex: 1; }
.rung-title { margin: 0.15rem 0; }
.rung-attained { border-left-color: var(--good); }
.rung-attained .rung-number { background: var(--good-soft); color: var(--good); }
.rung-current { border-left-color: var(--accent); background: var(--accent-soft); }
.rung-current .rung-number { background: var(--accent); color: #fff; }
.rung-next { border-left-color: var(--warn); }
.rung-next .rung-number { background: var(--warn-soft); color: var(--warn); }
.rung-later { border-left-color: var(--line); color: var(--muted); }
.next-phase { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem; font-size: 0.88rem; margin-top: 0.3rem; }
.badge { display: inline-block; font-size: 0.72rem; font-weight: 600; padding: 0.05rem 0.45rem; border-radius: 999px; vertical-align: middle; background: #edf0f3; color: var(--muted); white-space: nowrap; }
.badge-attained, .badge-on-time, .badge-planned { background: var(--good-soft); color: var(--good); }
.badge-current { background: var(--accent); color: #fff; }
.badge-next { background: var(--warn-soft); color: var(--warn); }
.badge-overdue, .badge-not-planned { background: var(--bad-soft); color: var(--bad); }
.matrix { display: grid; grid-template-columns: 2.2rem 1fr 1fr; grid-template-rows: auto auto auto; gap: 0.5rem; }
.matrix-axis { font-size: 0.8rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; text-align: center; }
.matrix-y-high, .matrix-y-low { writing-mode: vertical-rl; transform: rotate(180deg); align-self: center; justify-self: center; }
.quadrant { border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; min-height: 8rem; break-inside: avoid; page-break-inside: avoid; }
.quadrant ul { margin: 0.1rem 0 0; padding-left: 1.1rem; font-size: 0.88rem; }
.quadrant-always-do { background: var(--good-soft); border-color: #b9dcbc; }
.quadrant-do-after-weighing { background: var(--accent-soft); border-color: #bcd0ea; }
.quadrant-quick-win { background: #f4f6f8; }
.quadrant-never-do { background: var(--bad-soft); border-color: #f0c4bf; }
.recommendations { padding-left: 1.6rem; }
.recommendation { margin-bottom: 1rem; break-inside: avoid; page-break-inside: avoid; }
.recommendation h3 { margin-bottom: 0.2rem; }
.facts { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.85rem; color: var(--muted); }
.reasons { margin: 0.1rem 0 0.3rem; padding-left: 1.2rem; font-size: 0.88rem; }
.pdca { margin-bottom: 1.1rem; break-inside: avoid; page-break-inside: avoid; }
.plan-items td.date { white-space: nowrap; width: 1%; }
.pdca ul { margin: 0.1rem 0 0.3rem; padding-left: 1.2rem; }
.missing { font-size: 0.9rem; }
.adoption thead th { white-space: normal; }
.adoption tfoot th, .adoption tfoot td { border-top: 2px solid var(--line); font-weight: 600; }
.applications { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.2rem 1.2rem; }
.application-domain { break-inside: avoid; page-break-inside: avoid; }
.application-domain ul { list-style: none; margin: 0; padding: 0; font-size: 0.9rem; }
.application-domain li { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 0.6rem; padding: 0.2rem 0; border-bottom: 1px solid var(--line); }
.usage { font-weight: 600; }
.usage-missing, .usage-na { font-weight: 400; color: var(--muted); font-style: italic; }
time { white-space: nowrap; }
code { font-size: 0.85em; background: #f1f3f5; padding: 0 0.25rem; border-radius: 3px; }
.report-footer { border-top: 1px solid var(--line); padding-top: 0.6rem; margin-top: 2rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.summary-page { margin-bottom: 2rem; }
.summary-page .report-header { margin-bottom: 0.8rem; }
.summary-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.6rem; margin: 0 0 0.6rem; }
.summary-figures .figure { padding: 0.45rem 0.7rem; }
@media (min-width: 40rem) { .summary-figures { grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr); } }
.summary-figures .big { font-size: 2rem; line-height: 1; }
.summary-figures dd p { margin: 0.2rem 0 0; }
.warning { border: 1px solid #f0c4bf; background: var(--bad-soft); color: var(--bad); border-radius: 6px; padding: 0.4rem 0.7rem; font-weight: 600; }
.summary-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
.summary-body .radar figcaption p { text-align: left; }
.summary-body h2 { font-size: 1.1rem; }
.focus ol { margin: 0; padding-left: 1.3rem; }
.focus li { margin-bottom: 0.5rem; break-inside: avoid; page-break-inside: avoid; }
.comparison { margin-top: 0.8rem; }
.comparison dl { margin: 0; }
.comparison dt { font-weight: 600; }
.comparison dd { margin: 0 0 0.4rem; font-size: 0.9rem; }
@media (max-width: 40rem) {
  body { padding: 0.8rem; }
  .summary-body { grid-template-columns: 1fr; }
  .adoption, .adoption thead, .adoption tbody, .adoption tfoot { display: block; }
  .adoption tr { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); border-bottom: 1px solid var(--line); }
  .adoption tr > * { border: 0; padding: 0.25rem 0.3rem; }
  .adoption tr > :first-child { grid-column: 1 / -1; padding-bottom: 0; }
  .adoption thead th { letter-spacing: 0; text-transform: none; overflow-wrap: anywhere; }
}
@page { size: A4 portrait; margin: 14mm 14mm 18mm; }
@media print {
  html { font-size: 9.5pt; }
  body { max-width: none; padding: 0; font-size: 1rem; }
  h1 { font-size: 1.5rem; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .section { margin-bottom: 1.2rem; }
  .summary-page { break-after: page; page-break-after: always; margin: 0; }
  .summary-page .radar-chart { max-height: 100mm; }
  .radar-chart { max-height: 120mm; }
  #recommendations, #plan, #aspects, #sections, #themes, #adoption, #phase-ladder, #matrix, #data-quality { break-inside: auto; page-break-inside: auto; }
  thead { display: table-header-group; }
  .matrix { grid-template-columns: 1.6rem 1fr 1fr; }
  .quadrant { min-height: 0; }
  .report-footer { display: none; }
}
`;

/**
 * A CSS string literal that is safe inside a `<style>` element: every character other than a
 * letter, digit or space is written as a CSS escape, so no quote, backslash or `</style>` can
 * end it.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /[\p{L}\p{N} ]/u.test(char) ? char : `\\${char.codePointAt(0)?.toString(16)} `;
  }
  return `${out}"`;
}

/**
 * The printed page's margin boxes: the practice and the date at the bottom left, "page n / m" at
 * the bottom right (Chromium prints CSS page margin boxes since version 131).
 */
export function printPageStyles(practice: string, date: string, pageWord: string): SafeHtml {
  const font = 'font: 8pt system-ui, sans-serif; color: #5b6773;';
  return new SafeHtml(
    `@page { @bottom-left { content: ${cssString(`${practice} · ${date}`)}; ${font} } @bottom-right { content: ${cssString(`${pageWord} `)} counter(page) " / " counter(pages); ${font} } }`,
  );
}

/** The stylesheet of the HTML report. */
export const reportStyles: SafeHtml = new SafeHtml(css.trim());
