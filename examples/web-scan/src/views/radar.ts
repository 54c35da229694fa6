import type { Locale } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { h, svg } from '../dom';
import { formatScore, uiTexts } from '../i18n';

const radius = 100;
const rings = [25, 50, 75, 100];
const colours = ['#1d5fa8', '#8a4b08', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457'];

/**
 * The radar chart of `ReportData.radar` as inline SVG: one axis per quality aspect, one shape per
 * series. A missing score (`null`) is a gap, as in the HTML report: a series with a gap is drawn
 * as lines between neighbours that both have a score, never through the centre (which would read
 * as 0), and the axis label says "no score".
 */
export function renderRadar(radar: ReportData['radar'], locale: Locale, id = 'radar'): HTMLElement {
  const texts = uiTexts[locale];
  const count = radar.axes.length;
  const span = radar.scale.max - radar.scale.min;
  const point = (axis: number, value: number) => {
    const angle = (2 * Math.PI * axis) / count - Math.PI / 2;
    const length = (radius * (value - radar.scale.min)) / span;
    return [length * Math.cos(angle), length * Math.sin(angle)] as const;
  };
  const polygon = (value: (axis: number) => number) =>
    radar.axes
      .map((_, axis) => point(axis, value(axis)))
      .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
      .join(' ');

  const chart = svg('svg', {
    viewBox: '-190 -135 380 270',
    class: 'radar',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    'data-testid': id,
  });
  const description = radar.series
    .map(
      (series) =>
        `${series.label}: ${radar.axes
          .map(
            (axis, index) => `${axis.label} ${formatScore(series.values[index] ?? null, locale)}`,
          )
          .join(', ')}`,
    )
    .join('; ');
  chart.append(
    svg('title', { id: `${id}-title` }, texts.radar),
    svg('desc', { id: `${id}-desc` }, `${texts.radarDescription}. ${description}`),
  );
  for (const ring of rings) {
    chart.append(
      svg('polygon', { class: 'radar-ring', points: polygon(() => ring) }),
      svg(
        'text',
        {
          class: 'radar-ring-label',
          x: -3,
          y: -((radius * ring) / span) - 2,
          'text-anchor': 'end',
          'aria-hidden': 'true',
        },
        String(ring),
      ),
    );
  }
  const practiceGaps = new Set(
    (radar.series[0]?.values ?? []).flatMap((value, index) => (value === null ? [index] : [])),
  );
  radar.axes.forEach((axis, index) => {
    const [x, y] = point(index, radar.scale.max);
    const [lx, ly] = point(index, radar.scale.max * 1.12);
    const anchor = Math.abs(lx) < 1 ? 'middle' : lx > 0 ? 'start' : 'end';
    const gap = practiceGaps.has(index);
    chart.append(
      svg('line', { class: 'radar-axis', x1: 0, y1: 0, x2: x.toFixed(1), y2: y.toFixed(1) }),
      svg(
        'text',
        {
          class: gap ? 'radar-label radar-label-gap' : 'radar-label',
          x: lx.toFixed(1),
          y: (ly + (ly > 1 ? 10 : ly < -1 ? -2 : 4)).toFixed(1),
          'text-anchor': anchor,
          'aria-hidden': 'true',
          'data-axis': axis.id,
          'data-gap': gap ? 'true' : undefined,
        },
        axis.label,
        // The gap is named under the label, not beside it, so that the label stays inside the chart.
        gap ? svg('tspan', { x: lx.toFixed(1), dy: '1.1em' }, `(${texts.gap})`) : null,
      ),
    );
  });
  radar.series.forEach((series, seriesIndex) => {
    const colour = colours[seriesIndex % colours.length] ?? '#1d5fa8';
    const group = svg('g', { class: 'radar-series', 'data-series': series.id });
    const complete = series.values.every((value) => value !== null);
    if (complete) {
      group.append(
        svg('polygon', {
          points: polygon((axis) => series.values[axis] ?? radar.scale.min),
          fill: colour,
          'fill-opacity': 0.2,
          stroke: colour,
        }),
      );
    } else {
      // Only neighbours that both have a score are joined: the gap stays open.
      series.values.forEach((value, axis) => {
        const nextAxis = (axis + 1) % count;
        const next = series.values[nextAxis] ?? null;
        if (value === null || next === null) return;
        const [x1, y1] = point(axis, value);
        const [x2, y2] = point(nextAxis, next);
        group.append(
          svg('line', {
            x1: x1.toFixed(1),
            y1: y1.toFixed(1),
            x2: x2.toFixed(1),
            y2: y2.toFixed(1),
            stroke: colour,
            'data-from': radar.axes[axis]?.id,
            'data-to': radar.axes[nextAxis]?.id,
          }),
        );
      });
    }
    series.values.forEach((value, axis) => {
      if (value === null) return;
      const [x, y] = point(axis, value);
      group.append(
        svg('circle', {
          cx: x.toFixed(1),
          cy: y.toFixed(1),
          r: 3,
          fill: colour,
          'aria-hidden': 'true',
          'data-axis': radar.axes[axis]?.id,
        }),
      );
    });
    chart.append(group);
  });
  return h(
    'figure',
    { class: 'radar-figure' },
    chart,
    h(
      'figcaption',
      {},
      ...radar.series.map((series, index) =>
        h(
          'span',
          { class: 'legend' },
          h('span', {
            class: 'swatch',
            style: `background:${colours[index % colours.length]}`,
            'aria-hidden': 'true',
          }),
          series.label,
        ),
      ),
      practiceGaps.size > 0
        ? h('p', { class: 'hint', 'data-testid': 'radar-gap-note' }, texts.gapNote)
        : null,
    ),
  );
}
