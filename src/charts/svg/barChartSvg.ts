import type { BarChartGeometry } from '../barChart.ts';
import { element, lineElement, rectElement, svgRoot, textElement, type Paint, type SvgFrame } from './svgMarkup.ts';

/** The SVG of a bar chart (barChart.ts): legend, baseline, and per category its label, bars and values. */
export function barChartSvg(geometry: BarChartGeometry, frame: Omit<SvgFrame, 'width' | 'height'>, paint: Paint): string {
  const { dir } = frame;
  const legend = geometry.legend.map((item) => rectElement(item.swatch, paint) + textElement(item.label, paint, dir)).join('');
  const rows = geometry.rows
    .map((row) =>
      element(
        'g',
        { 'data-key': row.key },
        textElement(row.label, paint, dir) +
          row.bars
            .map((bar) => element('g', { 'data-measure': bar.measure, 'data-value': bar.value }, rectElement(bar.rect, paint) + (bar.part ? rectElement(bar.part, paint) : '') + textElement(bar.label, paint, dir)))
            .join('') +
          (row.note ? textElement(row.note, paint, dir) : ''),
      ),
    )
    .join('');
  return svgRoot({ ...frame, width: geometry.width, height: geometry.height }, legend + rows + lineElement(geometry.axis, paint), paint);
}
