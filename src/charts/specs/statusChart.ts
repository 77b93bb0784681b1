import { greatest, sum } from 'd3';
import { formatNumber } from '../../i18n/format.ts';
import { barChart } from '../barChart.ts';
import type { ChartSpec } from '../chartSpec.ts';
import { statusRows } from '../data/statusRows.ts';
import { barChartSvg } from '../svg/barChartSvg.ts';
import { chartTitle, chartWidth, dirOf, svgFrame, tr, type ChartContext, specHeader } from './chartContext.ts';
import { valueText } from './countValueChart.ts';

/**
 * Pledges per status (announced, in progress, completed, discontinued), the open ones that have
 * had no dated report for two years (view.stale) marked as a part of their bar, labelled under it.
 */
export function statusChart(context: ChartContext): ChartSpec {
  const { model, locale, pledges } = context;
  const id = 'status';
  const rows = statusRows(model, pledges, locale);
  const title = chartTitle(context, 'charts.status.title', 'charts.subject.status');
  const total = model.totalsOf(pledges).pledges;
  const top = greatest(rows, (r) => r.pledges);
  const stale = sum(rows, (r) => r.stale);
  // Two sentences, each agreeing with its own count (the total of pledges, then the stale ones).
  const staleText = stale ? tr(context, 'charts.status.descStale', { count: stale }) : tr(context, 'charts.status.descNoStale');
  const desc = top && total ? `${tr(context, 'charts.status.desc', { top: top.label, part: top.pledges, count: total })} ${staleText}` : tr(context, 'charts.none.desc');
  const notes: string[] = [];
  return {
    ...specHeader(context, { id: id, title, desc, notes }),
    tables: [
      {
        caption: title,
        columns: [
          { label: tr(context, 'pledge.status'), numeric: false },
          { label: tr(context, 'charts.col.pledges'), numeric: true },
          { label: tr(context, 'charts.col.stale'), numeric: true },
          { label: tr(context, 'charts.col.value'), numeric: true },
        ],
        rows: rows.map((row) => ({ cells: [row.name, formatNumber(row.pledges, locale), formatNumber(row.stale, locale), valueText(row, context)] })),
      },
    ],
    data: {
      columns: ['status', 'label', 'pledges', 'unreportedForTwoYears', 'valueUsd', 'pledgesStatingValue'],
      rows: rows.map((row) => ({ status: row.key, label: row.name, pledges: row.pledges, unreportedForTwoYears: row.stale, valueUsd: row.valueUsd, pledgesStatingValue: row.valued })),
    },
    svg: (paint, site) =>
      barChartSvg(
        barChart(
          rows.map((row) => ({
            key: row.key,
            label: row.label,
            values: [row.pledges],
            valueLabels: [tr(context, 'pledge.count', { count: row.pledges })],
            ...(row.stale > 0 ? { part: { value: row.stale, className: 'chart-bar-stale' as const }, note: tr(context, 'charts.stale', { count: row.stale }) } : {}),
          })),
          {
            width: chartWidth,
            dir: dirOf(locale),
            measures: [{ key: 'pledges', className: 'chart-bar-count', legend: tr(context, 'charts.legend.pledges') }],
            extraLegend: stale > 0 ? [{ label: tr(context, 'charts.legend.stale'), className: 'chart-bar-stale' }] : [],
          },
        ),
        svgFrame(context, id, title, desc, notes, paint, site),
        paint,
      ),
  };
}
