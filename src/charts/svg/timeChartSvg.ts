import type { TimeChartGeometry } from '../timeChart.ts';
import { element, lineElement, paintAttributes, svgRoot, textElement, type Paint, type SvgFrame } from './svgMarkup.ts';

const dotClass = { official: 'chart-dot-official', directory: 'chart-dot-directory' } as const;

/** The SVG of a time chart (timeChart.ts): legend, then per panel its title, grid, axis and series. */
export function timeChartSvg(geometry: TimeChartGeometry, frame: Omit<SvgFrame, 'width' | 'height'>, paint: Paint): string {
  const { dir } = frame;
  const dot = (cx: number, cy: number, kind: keyof typeof dotClass, extra: Record<string, string | number> = {}) =>
    element('circle', { cx, cy, r: 3.5, 'stroke-width': 1, ...extra, ...paintAttributes(dotClass[kind], paint) });
  const legend = geometry.legend
    .map((item) => (item.dot ? dot(item.dot.cx, item.dot.cy, item.kind) : lineElement(item.sample, paint)) + textElement(item.label, paint, dir))
    .join('');
  const panels = geometry.panels
    .map((panel) =>
      element(
        'g',
        { 'data-panel': panel.key },
        textElement(panel.title, paint, dir) +
          panel.yTicks.map((tick) => lineElement(tick.line, paint) + textElement(tick.label, paint, dir)).join('') +
          panel.xTicks.map((tick) => lineElement(tick.line, paint) + textElement(tick.label, paint, dir)).join('') +
          lineElement(panel.baseline, paint) +
          panel.series
            .map(
              (series) =>
                (series.d ? element('path', { d: series.d, 'stroke-width': 2, 'stroke-dasharray': '5 3', 'data-series': series.key, ...paintAttributes(series.className, paint) }) : '') +
                series.dots.map((d) => dot(d.cx, d.cy, series.kind, { 'data-value': d.value, 'data-date': d.date })).join(''),
            )
            .join(''),
      ),
    )
    .join('');
  return svgRoot({ ...frame, width: geometry.width, height: geometry.height }, legend + panels, paint);
}
