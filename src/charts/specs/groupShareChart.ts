import { formatNumber, formatPercent, formatUsdCompact } from '../../i18n/format.ts';
import { barChart } from '../barChart.ts';
import type { ChartSpec } from '../chartSpec.ts';
import { groupShareRows } from '../data/groupShareRows.ts';
import { barChartSvg } from '../svg/barChartSvg.ts';
import { chartWidth, dirOf, svgFrame, tr, type ChartContext, specHeader } from './chartContext.ts';

/** Share of pledges and of value that target LDCs, LLDCs and SIDS (membership when each pledge was announced). */
export function groupShareChart(context: ChartContext): ChartSpec {
  const { model, locale, pledges } = context;
  const id = 'country-groups';
  const rows = groupShareRows(model, pledges, locale);
  const title = tr(context, 'charts.groups.title');
  const share = (key: string) => formatPercent(rows.find((r) => r.key === key)?.share ?? 0, locale);
  const desc = model.totalsOf(pledges).pledges ? tr(context, 'charts.groups.desc', { ldc: share('ldc'), lldc: share('lldc'), sids: share('sids') }) : tr(context, 'charts.none.desc');
  const totals = model.totalsOf(pledges);
  const notes = [tr(context, 'charts.membership'), tr(context, 'counting.multi'), tr(context, 'charts.valueNote', { valued: totals.valued, total: totals.pledges })];
  return {
    ...specHeader(context, { id: id, title, desc, notes }),
    tables: [
      {
        caption: title,
        columns: [
          { label: tr(context, 'country.groupsTitle'), numeric: false },
          { label: tr(context, 'charts.col.pledges'), numeric: true },
          { label: tr(context, 'charts.col.share'), numeric: true },
          { label: tr(context, 'charts.col.value'), numeric: true },
          { label: tr(context, 'charts.col.valueShare'), numeric: true },
        ],
        rows: rows.map((row) => ({
          cells: [row.label, formatNumber(row.pledges, locale), formatPercent(row.share, locale), formatUsdCompact(row.valueUsd, locale), formatPercent(row.valueShare, locale)],
        })),
      },
    ],
    data: {
      columns: ['group', 'label', 'pledges', 'shareOfPledges', 'valueUsd', 'shareOfValue'],
      rows: rows.map((row) => ({ group: row.key, label: row.name, pledges: row.pledges, shareOfPledges: row.share, valueUsd: row.valueUsd, shareOfValue: row.valueShare })),
    },
    svg: (paint, site) =>
      barChartSvg(
        barChart(
          rows.map((row) => ({
            key: row.key,
            label: row.label,
            values: [row.share, row.valueShare],
            valueLabels: [tr(context, 'charts.share.pledges', { share: formatPercent(row.share, locale) }), tr(context, 'charts.share.value', { share: formatPercent(row.valueShare, locale) })],
          })),
          {
            width: chartWidth,
            dir: dirOf(locale),
            measures: [
              { key: 'shareOfPledges', className: 'chart-bar-count', domainMax: 1, legend: tr(context, 'charts.legend.share') },
              { key: 'shareOfValue', className: 'chart-bar-value', domainMax: 1, legend: tr(context, 'charts.legend.valueShare') },
            ],
          },
        ),
        svgFrame(context, id, title, desc, notes, paint, site),
        paint,
      ),
  };
}
