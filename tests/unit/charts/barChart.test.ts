import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { barChart, barLayout, type BarDatum } from '../../../src/charts/barChart.ts';
import type { TextMark } from '../../../src/charts/marks.ts';
import { textAscent, textDescent, textWidth } from '../../../src/charts/textWidth.ts';

const data: BarDatum[] = [
  { key: 'a', label: 'Access', values: [19, 435_100_000], valueLabels: ['19 pledges', '$435.1M'] },
  { key: 'b', label: 'Adoption', values: [12, 27_900_000], valueLabels: ['12 pledges', '$27.9M'] },
  { key: 'c', label: 'Value creation and a label long enough to need a second line', values: [0, 0], valueLabels: ['0 pledges', 'value not stated'], part: { value: 0, className: 'chart-bar-stale' } },
];
const measures = [
  { key: 'pledges', className: 'chart-bar-count' as const, legend: 'Number of pledges' },
  { key: 'value', className: 'chart-bar-value' as const, legend: 'Estimated value (USD)' },
];

/** The box a text takes, as the layout reckons it (estimated width, fonts' ascent and descent). */
function box(mark: TextMark) {
  const width = Math.max(...mark.lines.map((line) => textWidth(line, mark.size, mark.bold)));
  const left = mark.anchor === 'left' ? mark.x : mark.anchor === 'right' ? mark.x - width : mark.x - width / 2;
  return { left, right: left + width, top: mark.y - textAscent * mark.size, bottom: mark.y + (mark.lines.length - 1) * 1.25 * mark.size + textDescent * mark.size };
}
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

function texts(geometry: ReturnType<typeof barChart>): TextMark[] {
  return [...geometry.legend.map((l) => l.label), ...geometry.rows.flatMap((r) => [r.label, ...r.bars.map((b) => b.label), ...(r.note ? [r.note] : [])])];
}

describe('barChart', () => {
  const geometry = barChart(data, { width: 360, dir: 'ltr', measures });

  it('gives each bar the length its measure’s scale gives its value, from a common baseline', () => {
    const { edge } = barLayout;
    for (const [i, measure] of measures.entries()) {
      const scale = geometry.scales[i]!;
      expect(scale.domain()).toEqual([0, Math.max(...data.map((d) => d.values[i]!))]);
      for (const [r, row] of geometry.rows.entries()) {
        const bar = row.bars[i]!;
        expect(bar.measure).toBe(measure.key);
        expect(bar.rect.x).toBe(edge);
        expect(bar.rect.width).toBeCloseTo(scale(data[r]!.values[i]!) - edge, 6);
        expect(bar.rect.className).toBe(measure.className);
        expect(bar.label.lines).toEqual([data[r]!.valueLabels[i]]);
        expect(bar.label.x).toBeCloseTo(scale(data[r]!.values[i]!) + barLayout.valueGap, 6);
      }
    }
    expect(geometry.scales[0]!(19)).toBeCloseTo(geometry.scales[0]!.range()[1]!, 6);
  });

  it('leaves room for the longest value label at the end of the longest bar', () => {
    for (const [i, scale] of geometry.scales.entries()) {
      const longest = Math.max(...data.map((d) => textWidth(d.valueLabels[i]!, 13)));
      expect(scale.range()[1]! + barLayout.valueGap + longest).toBeLessThanOrEqual(360 - barLayout.edge + 1e-9);
    }
  });

  it('keeps every text inside the chart and clear of every other text', () => {
    const boxes = texts(geometry).map(box);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(360);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(geometry.height);
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    expect(geometry.rows[2]!.label.lines.length).toBe(2);
  });

  it('honours a fixed domain (shares from 0 to 1) and draws a part of the first bar at its end', () => {
    const shares = barChart([{ key: 'ldc', label: 'LDCs', values: [0.5], valueLabels: ['50% of pledges'], part: { value: 0.1, className: 'chart-bar-stale' }, note: '1 unreported' }], {
      width: 360,
      dir: 'ltr',
      measures: [{ key: 'share', className: 'chart-bar-count', domainMax: 1 }],
    });
    const scale = shares.scales[0]!;
    expect(scale.domain()).toEqual([0, 1]);
    const bar = shares.rows[0]!.bars[0]!;
    expect(bar.rect.width).toBeCloseTo(scale(0.5) - barLayout.edge, 6);
    expect(bar.part?.x).toBeCloseTo(scale(0.4), 6);
    expect(bar.part?.width).toBeCloseTo(scale(0.5) - scale(0.4), 6);
    expect(shares.rows[0]!.note?.lines).toEqual(['1 unreported']);
    expect(shares.legend).toEqual([]);
  });

  it('mirrors the whole layout right to left: bars grow from the right, labels and legend start at the right', () => {
    const rtl = barChart(data, { width: 360, dir: 'rtl', measures });
    expect(rtl.height).toBe(geometry.height);
    rtl.rows.forEach((row, r) => {
      const ltr = geometry.rows[r]!;
      expect(row.label).toMatchObject({ x: 360 - ltr.label.x, anchor: 'right', y: ltr.label.y });
      row.bars.forEach((bar, i) => {
        const scale = scaleLinear(geometry.scales[i]!.domain(), geometry.scales[i]!.range());
        expect(bar.rect.x + bar.rect.width).toBeCloseTo(360 - barLayout.edge, 6);
        expect(bar.rect.x).toBeCloseTo(360 - scale(data[r]!.values[i]!), 6);
        expect(bar.label.anchor).toBe('right');
      });
    });
    expect(rtl.legend[0]!.swatch.x).toBeGreaterThan(rtl.legend[1]!.swatch.x);
    expect(rtl.axis.x1).toBe(360 - barLayout.edge);
  });

  it('wraps the legend onto a second row when its items do not fit', () => {
    const narrow = barChart(data, { width: 200, dir: 'ltr', measures });
    expect(narrow.legend[1]!.label.y).toBeGreaterThan(narrow.legend[0]!.label.y);
    expect(narrow.legend[1]!.swatch.x).toBe(narrow.legend[0]!.swatch.x);
  });
});
