import type { Locale } from '@praktijkscan/model';
import type { ReportData } from '@praktijkscan/report-data';
import { h, svg } from '../dom';
import { formatScore, uiTexts } from '../i18n';

const radius = 100;
const rings = [25, 50, 75, 100];
const colours = ['#1d5fa8', '#8a4b08', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457'];

/**
 * The radar chart of `ReportData.radar` as inline SVG: one axis per quality aspect, one polygon
 * per series. A missing score (`null`) is drawn at the centre and named in the description.
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
  radar.axes.forEach((axis, index) => {
    const [x, y] = point(index, radar.scale.max);
    const [lx, ly] = point(index, radar.scale.max * 1.12);
    const anchor = Math.abs(lx) < 1 ? 'middle' : lx > 0 ? 'start' : 'end';
    chart.append(
      svg('line', { class: 'radar-axis', x1: 0, y1: 0, x2: x.toFixed(1), y2: y.toFixed(1) }),
      svg(
        'text',
        {
          class: 'radar-label',
          x: lx.toFixed(1),
          y: (ly + (ly > 1 ? 10 : ly < -1 ? -2 : 4)).toFixed(1),
          'text-anchor': anchor,
          'aria-hidden': 'true',
          'data-axis': axis.id,
        },
        axis.label,
      ),
    );
  });
  radar.series.forEach((series, seriesIndex) => {
    const colour = colours[seriesIndex % colours.length] ?? '#1d5fa8';
    chart.append(
      svg('polygon', {
        class: 'radar-series',
        points: polygon((axis) => series.values[axis] ?? radar.scale.min),
        fill: colour,
        'fill-opacity': 0.2,
        stroke: colour,
        'data-series': series.id,
      }),
    );
    series.values.forEach((value, axis) => {
      if (value === null) return;
      const [x, y] = point(axis, value);
      chart.append(
        svg('circle', {
          cx: x.toFixed(1),
          cy: y.toFixed(1),
          r: 3,
          fill: colour,
          'aria-hidden': 'true',
        }),
      );
    });
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
    ),
  );
}
