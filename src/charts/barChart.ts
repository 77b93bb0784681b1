import { max, scaleLinear, type ScaleLinear } from 'd3';
import { lineHeight, mirrorLine, mirrorRect, mirrorText, type ChartDir, type LineMark, type RectMark, type TextMark } from './marks.ts';
import type { ChartClass } from './palette.ts';
import { textAscent, textDescent, textWidth, wrapLines } from './textWidth.ts';

/** One quantity shown by a bar in every row, with its own scale (number of pledges, value, a share). */
export interface BarMeasure {
  key: string;
  /** Class of its bars (their colour). */
  className: ChartClass;
  /** Upper end of its scale (1 for shares); the largest value when absent. */
  domainMax?: number;
  /** Name in the legend; no legend when no measure has one. */
  legend?: string;
}

/** One category: its label, one value per measure and the text written at the end of each bar. */
export interface BarDatum {
  key: string;
  label: string;
  values: readonly number[];
  valueLabels: readonly string[];
  /** A part of the first bar drawn in a class of its own, at its end (e.g. pledges unreported for two years). */
  part?: { value: number; className: ChartClass };
  /** A line of text under the bars (e.g. what the part is). */
  note?: string;
}

export interface BarChartOptions {
  /** Width of the chart, in units (its viewBox). */
  width: number;
  dir: ChartDir;
  measures: readonly BarMeasure[];
  /** Font size of labels, in units. */
  fontSize?: number;
  /** Legend entries after the measures' (e.g. the class of bars' parts). */
  extraLegend?: readonly { label: string; className: ChartClass }[];
}

export interface BarGeometry {
  measure: string;
  value: number;
  rect: RectMark;
  part?: RectMark;
  label: TextMark;
}

export interface BarRowGeometry {
  key: string;
  label: TextMark;
  bars: BarGeometry[];
  note?: TextMark;
}

export interface LegendGeometry {
  swatch: RectMark;
  label: TextMark;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  legend: LegendGeometry[];
  rows: BarRowGeometry[];
  /** The bars' common baseline (zero). */
  axis: LineMark;
  /** One scale per measure, left to right (a right-to-left chart is this layout mirrored). */
  scales: ScaleLinear<number, number>[];
}

/** Spacing of the layout, in units. */
export const barLayout = { edge: 2, barHeight: 14, barGap: 6, rowGap: 10, labelGap: 3, valueGap: 4, swatch: 10, legendGap: 16 } as const;

/** Baseline of a text whose box starts at `top`. */
export function baselineBelow(top: number, size: number): number {
  return top + textAscent * size;
}

/** Bottom of the box of a text of `lines` lines whose first baseline is `baseline`. */
export function boxBottom(baseline: number, size: number, lines = 1): number {
  return baseline + (lines - 1) * lineHeight * size + textDescent * size;
}

/** Legend items in rows from the start side, wrapping when the next would not fit; `top` is where the first row's text box starts. */
export function legendRows(items: readonly { label: string; className: ChartClass }[], width: number, size: number, top: number): { marks: LegendGeometry[]; bottom: number } {
  const { edge, swatch, legendGap } = barLayout;
  const marks: LegendGeometry[] = [];
  let x = edge;
  let baseline = baselineBelow(top, size);
  for (const item of items) {
    const itemWidth = swatch + 5 + textWidth(item.label, size);
    if (x > edge && x + itemWidth > width - edge) {
      x = edge;
      baseline = baselineBelow(boxBottom(baseline, size) + 2, size);
    }
    marks.push({
      swatch: { x, y: baseline - size * 0.36 - swatch / 2, width: swatch, height: swatch, className: item.className },
      label: { x: x + swatch + 5, y: baseline, lines: [item.label], anchor: 'left', size, className: 'chart-label' },
    });
    x += itemWidth + legendGap;
  }
  return { marks, bottom: items.length ? boxBottom(baseline, size) + 6 : top };
}

/**
 * Horizontal bars, one or more per category (one per measure, each on its own scale), each
 * category's label on its own line above its bars and each bar's value written at its end: the
 * layout fits a narrow screen, and colour is never the only carrier. Right to left, the same
 * layout is mirrored: bars grow from the right and labels start at the right.
 */
export function barChart(data: readonly BarDatum[], options: BarChartOptions): BarChartGeometry {
  const { width, dir, measures } = options;
  const size = options.fontSize ?? 14;
  const valueSize = size - 1;
  const { edge, barHeight, barGap, rowGap, labelGap, valueGap } = barLayout;

  const legendItems = [...measures.flatMap((m) => (m.legend ? [{ label: m.legend, className: m.className }] : [])), ...(options.extraLegend ?? [])];
  const legend = legendRows(legendItems, width, size, edge);

  const scales = measures.map((measure, i) => {
    const longest = max(data, (d) => textWidth(d.valueLabels[i] ?? '', valueSize)) ?? 0;
    const top = measure.domainMax ?? (max(data, (d) => d.values[i] ?? 0) || 1);
    return scaleLinear([0, top], [edge, Math.max(edge + 24, width - edge - valueGap - longest)]);
  });

  // `y` is the top of the next row's boxes; every text's box (textAscent, textDescent) stays clear of the others.
  let y = legend.bottom;
  const rows: BarRowGeometry[] = data.map((datum) => {
    const lines = wrapLines(datum.label, width - 2 * edge, size, true);
    const labelBaseline = baselineBelow(y, size);
    const label: TextMark = { x: edge, y: labelBaseline, lines, anchor: 'left', size, className: 'chart-label', bold: true };
    // A bar's value is centred on it; its box is taller than the bar, so bars are spaced by that box.
    const valueBox = (textAscent + textDescent) * valueSize;
    const pitch = Math.max(barHeight + barGap, valueBox + 1);
    let barY = boxBottom(labelBaseline, size, lines.length) + labelGap + (valueBox - barHeight) / 2;
    const bars = measures.map((measure, i): BarGeometry => {
      const scale = scales[i] as ScaleLinear<number, number>;
      const value = datum.values[i] ?? 0;
      const end = scale(value);
      const rect: RectMark = { x: edge, y: barY, width: end - edge, height: barHeight, className: measure.className };
      const part =
        i === 0 && datum.part && datum.part.value > 0
          ? { x: scale(value - datum.part.value), y: barY, width: end - scale(value - datum.part.value), height: barHeight, className: datum.part.className }
          : undefined;
      const text: TextMark = { x: end + valueGap, y: barY + barHeight / 2 + valueSize * 0.36, lines: [datum.valueLabels[i] ?? ''], anchor: 'left', size: valueSize, className: 'chart-label' };
      barY += pitch;
      return { measure: measure.key, value, rect, ...(part ? { part } : {}), label: text };
    });
    const lastBar = bars.at(-1);
    let bottom = lastBar ? boxBottom(lastBar.label.y, valueSize) : barY;
    let note: TextMark | undefined;
    if (datum.note) {
      const noteLines = wrapLines(datum.note, width - 2 * edge, valueSize);
      note = { x: edge, y: baselineBelow(bottom + 1, valueSize), lines: noteLines, anchor: 'left', size: valueSize, className: 'chart-note' };
      bottom = boxBottom(note.y, valueSize, noteLines.length);
    }
    y = bottom + rowGap;
    return { key: datum.key, label, bars, ...(note ? { note } : {}) };
  });
  const height = Math.ceil(y - rowGap + edge);
  const axis: LineMark = { x1: edge, y1: legend.bottom, x2: edge, y2: height - edge, className: 'chart-axis' };

  if (dir === 'ltr') return { width, height, legend: legend.marks, rows, axis, scales };
  return {
    width,
    height,
    legend: legend.marks.map((m) => ({ swatch: mirrorRect(m.swatch, width), label: mirrorText(m.label, width) })),
    rows: rows.map((row) => ({
      key: row.key,
      label: mirrorText(row.label, width),
      ...(row.note ? { note: mirrorText(row.note, width) } : {}),
      bars: row.bars.map((bar) => ({
        ...bar,
        rect: mirrorRect(bar.rect, width),
        ...(bar.part ? { part: mirrorRect(bar.part, width) } : {}),
        label: mirrorText(bar.label, width),
      })),
    })),
    axis: mirrorLine(axis, width),
    scales,
  };
}
