import type { Locale } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import type { CliTexts } from '../locales/types';
import { formatNumber } from './format';
import { html, type SafeHtml } from './safe-html';

type Radar = ReportData['radar'];

const width = 640;
const height = 500;
const cx = width / 2;
const cy = 250;
const radius = 170;
const rings = [20, 40, 60, 80, 100];

/** Two decimals are plenty for a drawing and keep the markup short and stable. */
const fixed = (value: number) => Number(value.toFixed(2));

function angleOf(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

function pointAt(index: number, count: number, value: number, scaleMax: number) {
  const angle = angleOf(index, count);
  const distance = (radius * value) / scaleMax;
  return { x: fixed(cx + distance * Math.cos(angle)), y: fixed(cy + distance * Math.sin(angle)) };
}

function seriesMarkup(
  series: Radar['series'][number],
  axes: Radar['axes'],
  scaleMax: number,
  locale: Locale,
): SafeHtml {
  const count = axes.length;
  const points = series.values.map((value, index) =>
    value === null ? null : pointAt(index, count, value, scaleMax),
  );
  const complete = points.every((point) => point !== null);
  // A null score is a gap: only neighbouring axes that both have a score are joined.
  const shape = complete
    ? html`<polygon class="series-shape" points="${points.map((point) => `${point?.x},${point?.y}`).join(' ')}"/>`
    : points.map((point, index) => {
        const next = points[(index + 1) % count];
        return point && next
          ? html`<line class="series-shape" x1="${point.x}" y1="${point.y}" x2="${next.x}" y2="${next.y}"/>`
          : null;
      });
  const dots = points.map((point, index) => {
    const axis = axes[index];
    const value = series.values[index];
    if (!point || !axis || value === null || value === undefined) return null;
    return html`<circle class="point" cx="${point.x}" cy="${point.y}" r="4" data-series="${series.id}" data-axis="${axis.id}" data-value="${String(value)}"><title>${series.label}, ${axis.label}: ${formatNumber(value, locale)}</title></circle>`;
  });
  return html`<g class="series series-${series.id}${complete ? '' : ' series-gapped'}" data-series="${series.id}">${shape}${dots}</g>`;
}

/**
 * The radar chart as inline SVG: six axes 0..100, rings every 20, one shape per series. Each axis
 * carries `data-axis`; each point `data-series`, `data-axis` and `data-value`. A null score has no
 * point and breaks the outline (a gap), so it is never drawn as 0.
 */
export function renderRadarSvg(radar: Radar, texts: CliTexts, locale: Locale): SafeHtml {
  const { axes } = radar;
  const count = axes.length;
  const scaleMax = radar.scale.max;
  const practice = radar.series.find((series) => series.id === 'practice');
  const ringMarkup = rings.map((ring) => {
    const corners = axes.map((_, index) => pointAt(index, count, ring, 100));
    return html`<polygon class="ring" points="${corners.map((point) => `${point.x},${point.y}`).join(' ')}"/>`;
  });
  const ringLabels = rings.map((ring) => {
    const point = pointAt(0, count, ring, 100);
    return html`<text class="ring-label" x="${fixed(point.x + 4)}" y="${fixed(point.y - 3)}">${ring}</text>`;
  });
  const axisMarkup = axes.map((axis, index) => {
    const end = pointAt(index, count, 100, 100);
    const label = pointAt(index, count, 100 + 30 / 1.7, 100);
    const dx = label.x - cx;
    const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
    const above = label.y < cy - 1;
    const value = practice?.values[index] ?? null;
    const lineY = above && Math.abs(dx) < 1 ? label.y - 16 : label.y - 2;
    return html`<g class="axis" data-axis="${axis.id}"><line x1="${cx}" y1="${cy}" x2="${end.x}" y2="${end.y}"/><text class="axis-label" x="${label.x}" y="${fixed(lineY)}" text-anchor="${anchor}">${axis.label}</text><text class="axis-value${value === null ? ' no-score' : ''}" x="${label.x}" y="${fixed(lineY + 16)}" text-anchor="${anchor}">${value === null ? texts.noScore : formatNumber(value, locale)}</text></g>`;
  });
  const order = ['benchmark-median', 'previous', 'practice'];
  const seriesInOrder = [...radar.series].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return html`<svg class="radar-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${texts.radar.caption}" data-axes="${count}"><title>${texts.radar.caption}</title><g class="grid">${ringMarkup}</g>${axisMarkup}<g class="ring-labels">${ringLabels}</g>${seriesInOrder.map((series) => seriesMarkup(series, axes, scaleMax, locale))}</svg>`;
}
