import { greatest } from 'd3';
import { formatNumber, formatUsdCompact } from '../../i18n/format.ts';
import type { UiKey } from '../../i18n/uiTypes.ts';
import { barChart } from '../barChart.ts';
import type { ChartSpec } from '../chartSpec.ts';
import { countValueRows, type CountValueRow } from '../data/countValueRows.ts';
import type { Dimension } from '../data/pledgesBy.ts';
import { barChartSvg } from '../svg/barChartSvg.ts';
import { chartTitle, chartWidth, dirOf, svgFrame, tr, type ChartContext, specHeader } from './chartContext.ts';

/** The count-and-value charts: their id, titles and the table's first column. */
const variants = {
  focusArea: { id: 'by-focus-area', title: 'charts.byFocusArea.title', subject: 'charts.subject.byFocusArea', column: 'pledge.focusAreas', csv: 'focusArea' },
  stakeholder: { id: 'by-stakeholder-group', title: 'charts.byStakeholder.title', subject: 'charts.byStakeholder.title', column: 'pledge.stakeholderGroup', csv: 'stakeholderGroup' },
  region: { id: 'by-region', title: 'charts.byRegion.title', subject: 'charts.subject.byRegion', column: 'country.region', csv: 'region' },
} as const satisfies Partial<Record<Dimension, { id: string; title: UiKey; subject: UiKey; column: UiKey; csv: string }>>;

export type CountValueDimension = keyof typeof variants;

/** The value written on a bar and in the table: compact dollars, or "value not stated" when no pledge of the category states one (never $0). */
export function valueText(row: Pick<CountValueRow, 'valueUsd' | 'valued'>, context: ChartContext): string {
  return row.valued ? formatUsdCompact(row.valueUsd, context.locale) : tr(context, 'charts.valueNotStated');
}

/** Number of pledges and estimated value per focus area, stakeholder group or ITU-D region: two bars per category, each on its own scale. */
export function countValueChart(context: ChartContext, dimension: CountValueDimension): ChartSpec {
  const { model, locale, pledges } = context;
  const variant = variants[dimension];
  const rows = countValueRows(model, pledges, dimension, locale);
  const title = chartTitle(context, variant.title, variant.subject);
  const totals = model.totalsOf(pledges);
  const top = greatest(rows, (r) => r.pledges);
  const topValue = greatest(rows, (r) => r.valueUsd);
  const desc =
    top && top.pledges > 0 && topValue
      ? top === topValue
        ? tr(context, 'charts.countValue.descSame', { top: top.label, count: top.pledges, value: valueText(topValue, context) })
        : tr(context, 'charts.countValue.desc', { top: top.label, count: top.pledges, topValue: topValue.label, value: valueText(topValue, context) })
      : tr(context, 'charts.none.desc');
  // Each pledge has one stakeholder group; it may have several focus areas and regions.
  const notes = [...(dimension === 'stakeholder' ? [] : [tr(context, 'counting.multi')]), tr(context, 'charts.valueNote', { valued: totals.valued, total: totals.pledges })];
  const countLabel = (row: CountValueRow) => tr(context, 'pledge.count', { count: row.pledges });
  return {
    ...specHeader(context, { id: variant.id, title, desc, notes }),
    tables: [
      {
        caption: title,
        columns: [
          { label: tr(context, variant.column), numeric: false },
          { label: tr(context, 'charts.col.pledges'), numeric: true },
          { label: tr(context, 'charts.col.value'), numeric: true },
          { label: tr(context, 'charts.col.valued'), numeric: true },
        ],
        rows: rows.map((row) => ({ cells: [row.name, formatNumber(row.pledges, locale), valueText(row, context), formatNumber(row.valued, locale)] })),
      },
    ],
    data: {
      columns: [variant.csv, 'label', 'pledges', 'valueUsd', 'pledgesStatingValue'],
      rows: rows.map((row) => ({ [variant.csv]: row.key, label: row.name, pledges: row.pledges, valueUsd: row.valueUsd, pledgesStatingValue: row.valued })),
    },
    svg: (paint, site) =>
      barChartSvg(
        barChart(
          rows.map((row) => ({ key: row.key, label: row.label, values: [row.pledges, row.valueUsd], valueLabels: [countLabel(row), valueText(row, context)] })),
          {
            width: chartWidth,
            dir: dirOf(locale),
            measures: [
              { key: 'pledges', className: 'chart-bar-count', legend: tr(context, 'charts.legend.pledges') },
              { key: 'valueUsd', className: 'chart-bar-value', legend: tr(context, 'charts.legend.value') },
            ],
          },
        ),
        svgFrame(context, variant.id, title, desc, notes, paint, site),
        paint,
      ),
  };
}
