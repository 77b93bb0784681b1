import { extent, line, curveStepAfter, max, scaleLinear, scaleUtc, utcYear, type ScaleLinear, type ScaleTime } from 'd3';
import { lineHeight, mirrorLine, mirrorText, type ChartDir, type LineMark, type TextMark } from './marks.ts';
import type { ChartClass } from './palette.ts';
import { textAscent, textDescent, textWidth, wrapLines } from './textWidth.ts';
import { baselineBelow, boxBottom } from './barChart.ts';

/** A dated value (YYYY-MM-DD). */
export interface TimePoint {
  date: string;
  value: number;
}

/**
 * A series: the official milestones (dots, not joined: each is a figure as published, and the
 * published series is not consistent enough for the line between two of them to mean anything)
 * or the directory's cumulative figures (a dashed step line).
 */
export interface TimeSeries {
  key: string;
  label: string;
  kind: 'official' | 'directory';
  points: readonly TimePoint[];
}

/** A panel: one quantity (number of pledges, value) on its own vertical scale. */
export interface TimePanel {
  key: string;
  title: string;
  series: readonly TimeSeries[];
  /** Formats a value of its vertical axis. */
  format: (value: number) => string;
}

export interface TimeChartOptions {
  width: number;
  /** Direction of the page: the legend and titles mirror; the plot keeps time running left to right. */
  dir: ChartDir;
  /** First and last day of the time axis (YYYY-MM-DD). */
  start: string;
  end: string;
  formatYear: (year: number) => string;
  fontSize?: number;
  /** Height of each panel's plot, in units. */
  plotHeight?: number;
}

export interface SeriesGeometry {
  key: string;
  kind: TimeSeries['kind'];
  className: ChartClass;
  /** The line, as an SVG path ('' for the official series, drawn as dots only). */
  d: string;
  dots: { cx: number; cy: number; value: number; date: string }[];
}

export interface PanelGeometry {
  key: string;
  title: TextMark;
  yTicks: { line: LineMark; label: TextMark; value: number }[];
  xTicks: { label: TextMark; line: LineMark; year: number }[];
  baseline: LineMark;
  series: SeriesGeometry[];
  y: ScaleLinear<number, number>;
}

export interface TimeLegendGeometry {
  kind: TimeSeries['kind'];
  sample: LineMark;
  dot?: { cx: number; cy: number };
  label: TextMark;
}

export interface TimeChartGeometry {
  width: number;
  height: number;
  legend: TimeLegendGeometry[];
  panels: PanelGeometry[];
  x: ScaleTime<number, number>;
}

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

const seriesClass = { official: 'chart-line-official', directory: 'chart-line-directory' } as const satisfies Record<TimeSeries['kind'], ChartClass>;

/**
 * Panels of time series sharing one time axis. Time runs left to right in every language, Arabic
 * included: Arabic charts (ITU's, the UN's, the Arabic press's) draw time left to right, with the
 * same Latin digits, so a mirrored axis would read as a reversed trend and would no longer match
 * the same chart in English or French. Only the legend and titles move to the right in Arabic.
 */
export function timeChart(panels: readonly TimePanel[], options: TimeChartOptions): TimeChartGeometry {
  const { width, dir } = options;
  const size = options.fontSize ?? 14;
  const tickSize = size - 2;
  const plotHeight = options.plotHeight ?? 110;
  const edge = 2;

  // Legend: one entry per kind of series, in order of first appearance, one a line.
  const kinds = new Map<TimeSeries['kind'], string>();
  for (const panel of panels) for (const series of panel.series) if (!kinds.has(series.kind)) kinds.set(series.kind, series.label);
  let top = edge;
  const legend: TimeLegendGeometry[] = [...kinds].map(([kind, label]) => {
    const lines = wrapLines(label, width - 2 * edge - 28, size);
    const y = baselineBelow(top, size);
    top = boxBottom(y, size, lines.length) + 3;
    const mid = y - size * 0.32;
    return {
      kind,
      sample: { x1: edge, y1: mid, x2: edge + 22, y2: mid, className: seriesClass[kind], dashed: kind === 'directory' },
      // The official series is dots only: its legend shows a dot, without the line.
      ...(kind === 'official' ? { dot: { cx: edge + 11, cy: mid } } : {}),
      label: { x: edge + 28, y, lines, anchor: 'left', size, className: 'chart-label' },
    };
  });

  // Vertical ticks: as many as fit without their labels' boxes touching.
  const tickBox = (textAscent + textDescent) * tickSize;
  const tickCount = Math.max(2, Math.floor(plotHeight / (tickBox + 4)));
  const yScaleOf = (panel: TimePanel, range: [number, number]) => {
    const highest = max(panel.series, (s) => max(s.points, (p) => p.value) ?? 0) || 1;
    const y = scaleLinear([0, highest], range).nice(tickCount);
    let ticks = y.ticks(tickCount);
    for (let n = tickCount - 1; n >= 1 && ticks.length > 1 && Math.abs(y(ticks[0] ?? 0) - y(ticks[1] ?? 0)) < tickBox + 2; n -= 1) ticks = y.ticks(n);
    return { y, ticks };
  };
  const yLabelWidth =
    max(panels, (panel) => {
      const { ticks } = yScaleOf(panel, [plotHeight, 0]);
      return max(ticks, (v) => textWidth(panel.format(v), tickSize)) ?? 0;
    }) ?? 0;
  const plotLeft = edge + yLabelWidth + 6;
  const plotRight = width - edge - 16;
  const x = scaleUtc([date(options.start), date(options.end)], [plotLeft, plotRight]);

  // Fewer year ticks until their labels fit side by side.
  const yearWidth = textWidth(options.formatYear(2000), tickSize) + 10;
  const maxTicks = Math.max(2, Math.floor((plotRight - plotLeft) / yearWidth));
  let step = 1;
  while (x.ticks(utcYear.every(step) ?? utcYear).length > maxTicks) step += 1;
  const years = x.ticks(utcYear.every(step) ?? utcYear);

  top += 6;
  const built = panels.map((panel): PanelGeometry => {
    const titleBaseline = baselineBelow(top, size);
    const title: TextMark = { x: edge, y: titleBaseline, lines: [panel.title], anchor: 'left', size, className: 'chart-label', bold: true };
    // The highest tick's label is centred on the top of the plot: the plot starts half a label below the title.
    const plotTop = boxBottom(titleBaseline, size) + tickBox / 2 + 3;
    const plotBottom = plotTop + plotHeight;
    const { y, ticks } = yScaleOf(panel, [plotBottom, plotTop]);
    const yTicks = ticks.map((value) => ({
      value,
      line: { x1: plotLeft, y1: y(value), x2: plotRight, y2: y(value), className: 'chart-gridline' as const },
      label: { x: plotLeft - 5, y: y(value) + tickSize * 0.36, lines: [panel.format(value)], anchor: 'right' as const, size: tickSize, className: 'chart-note' as const },
    }));
    // Year labels start below the lowest value's label (the two meet at the plot's corner).
    const yearBaseline = baselineBelow(boxBottom(plotBottom + tickSize * 0.36, tickSize) + 1, tickSize);
    const xTicks = years.map((tick) => ({
      year: tick.getUTCFullYear(),
      line: { x1: x(tick), y1: plotBottom, x2: x(tick), y2: plotBottom + 4, className: 'chart-axis' as const },
      label: { x: x(tick), y: yearBaseline, lines: [options.formatYear(tick.getUTCFullYear())], anchor: 'middle' as const, size: tickSize, className: 'chart-note' as const },
    }));
    const series = panel.series
      .filter((s) => s.points.length > 0)
      .map((s): SeriesGeometry => {
        // The directory's cumulative count holds until the end of the axis (the "as of" date).
        const points = s.kind === 'directory' ? [...s.points, { date: options.end, value: s.points.at(-1)?.value ?? 0 }] : [...s.points];
        const path = line<TimePoint>((p) => x(date(p.date)), (p) => y(p.value)).curve(curveStepAfter).digits(1);
        return {
          key: s.key,
          kind: s.kind,
          className: seriesClass[s.kind],
          d: s.kind === 'directory' ? (path(points) ?? '') : '',
          dots: s.kind === 'official' ? s.points.map((p) => ({ cx: x(date(p.date)), cy: y(p.value), value: p.value, date: p.date })) : [],
        };
      });
    top = boxBottom(yearBaseline, tickSize) + 12;
    return { key: panel.key, title, yTicks, xTicks, baseline: { x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, className: 'chart-axis' }, series, y };
  });
  const height = Math.ceil(top - 12 + edge);

  if (dir === 'ltr') return { width, height, legend, panels: built, x };
  return {
    width,
    height,
    legend: legend.map((item) => ({
      kind: item.kind,
      sample: mirrorLine(item.sample, width),
      ...(item.dot ? { dot: { cx: width - item.dot.cx, cy: item.dot.cy } } : {}),
      label: mirrorText(item.label, width),
    })),
    panels: built.map((panel) => ({ ...panel, title: mirrorText(panel.title, width) })),
    x,
  };
}

/** First and last day of the time axis: from January of the first date's year to the "as of" date (or a later date, if any). */
export function timeDomain(dates: readonly string[], asOf: string): [string, string] {
  const [first, last] = extent([...dates, asOf]);
  return [`${(first ?? asOf).slice(0, 4)}-01-01`, last ?? asOf];
}
