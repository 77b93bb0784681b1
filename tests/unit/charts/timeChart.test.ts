import { describe, expect, it } from 'vitest';
import { timeChart, timeDomain, type TimePanel } from '../../../src/charts/timeChart.ts';
import type { TextMark } from '../../../src/charts/marks.ts';
import { textAscent, textDescent, textWidth } from '../../../src/charts/textWidth.ts';

const panels: TimePanel[] = [
  {
    key: 'pledges',
    title: 'Number of pledges',
    format: (n) => n.toLocaleString('en'),
    series: [
      { key: 'official', label: 'Official count reported by ITU', kind: 'official', points: [{ date: '2022-06-09', value: 360 }, { date: '2023-12-06', value: 845 }] },
      { key: 'directory', label: 'This directory (illustrative), cumulative', kind: 'directory', points: [{ date: '2022-06-01', value: 3 }, { date: '2024-01-01', value: 40 }] },
    ],
  },
  {
    key: 'value',
    title: 'Estimated value (USD)',
    format: (n) => `$${n / 1e9}B`,
    series: [{ key: 'official', label: 'Official count reported by ITU', kind: 'official', points: [{ date: '2025-03-04', value: 73e9 }] }],
  },
];
const options = { width: 360, start: '2022-01-01', end: '2026-11-29', formatYear: String };

function box(mark: TextMark) {
  const width = Math.max(...mark.lines.map((line) => textWidth(line, mark.size, mark.bold)));
  const left = mark.anchor === 'left' ? mark.x : mark.anchor === 'right' ? mark.x - width : mark.x - width / 2;
  return { left, right: left + width, top: mark.y - textAscent * mark.size, bottom: mark.y + (mark.lines.length - 1) * 1.25 * mark.size + textDescent * mark.size };
}

describe('timeChart', () => {
  const ltr = timeChart(panels, { ...options, dir: 'ltr' });

  it('places each official point where the time and value scales put it', () => {
    const [first] = ltr.panels;
    const official = first!.series.find((s) => s.kind === 'official')!;
    expect(official.dots.map((d) => d.cx)).toEqual([ltr.x(new Date('2022-06-09T00:00:00Z')), ltr.x(new Date('2023-12-06T00:00:00Z'))]);
    expect(official.dots.map((d) => d.cy)).toEqual([first!.y(360), first!.y(845)]);
    expect(ltr.x.domain()).toEqual([new Date('2022-01-01T00:00:00Z'), new Date('2026-11-29T00:00:00Z')]);
  });

  it('draws the directory as a step line that holds its last count until the end of the axis', () => {
    const directory = ltr.panels[0]!.series.find((s) => s.kind === 'directory')!;
    expect(directory.dots).toEqual([]);
    expect(directory.d.startsWith(`M${Math.round(ltr.x(new Date('2022-06-01T00:00:00Z')) * 10) / 10}`)).toBe(true);
    expect(directory.d.endsWith(`${Math.round(ltr.x.range()[1]! * 10) / 10},${Math.round(ltr.panels[0]!.y(40) * 10) / 10}`)).toBe(true);
  });

  it('labels years that fit side by side, and values that fit one above the other', () => {
    for (const panel of ltr.panels) {
      const years = panel.xTicks.map((t) => box(t.label));
      years.slice(1).forEach((b, i) => expect(b.left).toBeGreaterThan(years[i]!.right));
      const values = panel.yTicks.map((t) => box(t.label));
      values.slice(1).forEach((b, i) => expect(Math.min(b.bottom, values[i]!.bottom) - Math.max(b.top, values[i]!.top)).toBeLessThanOrEqual(0));
      for (const b of [...years, ...values, box(panel.title)]) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(360);
      }
      expect(panel.xTicks.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    }
  });

  it('keeps time running left to right in a right-to-left chart, and mirrors its legend and titles', () => {
    const rtl = timeChart(panels, { ...options, dir: 'rtl' });
    expect(rtl.x.range()).toEqual(ltr.x.range());
    expect(rtl.panels.map((p) => p.series.map((s) => s.d))).toEqual(ltr.panels.map((p) => p.series.map((s) => s.d)));
    expect(rtl.panels[0]!.xTicks.map((t) => t.label.x)).toEqual(ltr.panels[0]!.xTicks.map((t) => t.label.x));
    expect(rtl.panels[0]!.title).toMatchObject({ x: 360 - ltr.panels[0]!.title.x, anchor: 'right' });
    expect(rtl.legend[0]!.label).toMatchObject({ x: 360 - ltr.legend[0]!.label.x, anchor: 'right' });
    expect(rtl.legend[0]!.sample.x1).toBe(360 - ltr.legend[0]!.sample.x1);
  });

  it('starts the axis in January of the first year and ends it on the "as of" date', () => {
    expect(timeDomain(['2022-06-09', '2021-12-01'], '2026-01-15')).toEqual(['2021-01-01', '2026-01-15']);
    expect(timeDomain(['2022-06-09', '2026-03-04'], '2025-12-31')).toEqual(['2022-01-01', '2026-03-04']);
  });
});
