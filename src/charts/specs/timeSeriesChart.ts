import { formatDate, formatDecimal, formatNumber, formatUsdCompact, formatYear } from '../../i18n/format.ts';
import type { Milestone, ReportedFigure } from '../../schemas/milestone.ts';
import type { ChartSpec } from '../chartSpec.ts';
import { timeRows, type TimeRow } from '../data/timeRows.ts';
import { timeChartSvg } from '../svg/timeChartSvg.ts';
import { timeChart, timeDomain, type TimePanel, type TimeSeries } from '../timeChart.ts';
import { chartTitle, chartWidth, dirOf, hasIllustrative, svgFrame, tr, type ChartContext, specHeader } from './chartContext.ts';

/** A published figure as published: "360+" (at least), "~30" (about). */
function reported(figure: ReportedFigure | undefined, format: (n: number) => string): string {
  if (!figure) return '–';
  const text = format(figure.value);
  return figure.qualifier === 'at-least' ? `${text}+` : figure.qualifier === 'about' ? `~${text}` : text;
}

/** The last official count of pledges, for the chart's finding. */
function lastOfficialCount(milestones: readonly Milestone[]): Milestone | undefined {
  return [...milestones].reverse().find((m) => m.pledges);
}

/**
 * Pledges over time. On the dashboard, two panels (number of pledges, estimated value), each with
 * the official milestones (real, sourced; ITU's counts, as their own series) and, separately
 * labelled, the directory's cumulative figures by month of announcement. On a subject's page
 * (a country), the directory's cumulative count alone: the official counts are not broken down.
 */
export function timeSeriesChart(context: ChartContext, options: { official: boolean }): ChartSpec {
  const { model, locale, pledges } = context;
  const id = 'over-time';
  const milestones = options.official ? model.milestones : [];
  const rows = timeRows(pledges);
  const title = chartTitle(context, 'charts.time.title', 'charts.subject.time');
  const illustrative = hasIllustrative(context);
  const directoryLabel = tr(context, illustrative ? 'charts.time.directory' : 'charts.time.directoryReal');
  const officialLabel = tr(context, 'charts.time.official');
  const monthStart = (row: TimeRow) => `${row.month}-01`;
  const firstMonth = rows[0];
  const lastMonth = rows.at(-1);
  const monthText = (row: TimeRow) => formatDate(monthStart(row), locale, 'month');
  const total = model.totalsOf(pledges).pledges;
  const range = firstMonth && lastMonth ? { count: total, first: monthText(firstMonth), last: monthText(lastMonth) } : undefined;
  const official = lastOfficialCount(milestones);
  const desc = !range
    ? tr(context, 'charts.none.desc')
    : official?.pledges
      ? tr(context, 'charts.time.desc', { official: reported(official.pledges, (n) => formatNumber(n, locale)), date: formatDate(official.date, locale, official.datePrecision), ...range })
      : tr(context, range.first === range.last ? 'charts.time.descSubjectMonth' : 'charts.time.descSubject', range);

  const dates = [...milestones.map((m) => m.date), ...rows.map(monthStart)];
  const [start, end] = timeDomain(dates, model.asOf);
  const directory = (value: (row: TimeRow) => number): TimeSeries => ({ key: 'directory', label: directoryLabel, kind: 'directory', points: rows.map((row) => ({ date: monthStart(row), value: value(row) })) });
  const panels: TimePanel[] = [
    {
      key: 'pledges',
      title: tr(context, 'charts.time.pledges'),
      format: (n) => formatNumber(n, locale),
      series: [
        ...(options.official ? [{ key: 'official', label: officialLabel, kind: 'official' as const, points: milestones.flatMap((m) => (m.pledges ? [{ date: m.date, value: m.pledges.value }] : [])) }] : []),
        directory((row) => row.cumulativePledges),
      ],
    },
    ...(options.official
      ? [
          {
            key: 'value',
            title: tr(context, 'charts.time.value'),
            format: (n: number) => formatUsdCompact(n, locale),
            series: [
              { key: 'official', label: officialLabel, kind: 'official' as const, points: milestones.flatMap((m) => (m.valueUsdBillions ? [{ date: m.date, value: m.valueUsdBillions.value * 1e9 }] : [])) },
              directory((row) => row.cumulativeValueUsd),
            ],
          },
        ]
      : []),
  ];

  const directoryTable = {
    caption: tr(context, 'charts.time.tableDirectory'),
    columns: [
      { label: tr(context, 'charts.col.month'), numeric: false },
      { label: tr(context, 'charts.col.monthPledges'), numeric: true },
      { label: tr(context, 'charts.col.cumulative'), numeric: true },
      { label: tr(context, 'charts.col.cumulativeValue'), numeric: true },
    ],
    // Months without an announcement add nothing to the table.
    rows: rows.filter((row) => row.pledges > 0).map((row) => ({ cells: [monthText(row), formatNumber(row.pledges, locale), formatNumber(row.cumulativePledges, locale), formatUsdCompact(row.cumulativeValueUsd, locale)] })),
  };
  const officialTable = {
    caption: tr(context, 'charts.time.tableOfficial'),
    columns: [
      { label: tr(context, 'table.date'), numeric: false },
      { label: tr(context, 'table.occasion'), numeric: false },
      { label: tr(context, 'charts.col.official'), numeric: true },
      { label: tr(context, 'charts.col.officialValue'), numeric: true },
      { label: tr(context, 'table.source'), numeric: false },
    ],
    rows: milestones.map((m) => ({
      // Sources are cited by their English titles.
      cells: [
        formatDate(m.date, locale, m.datePrecision),
        m.occasion[locale],
        reported(m.pledges, (n) => formatNumber(n, locale)),
        reported(m.valueUsdBillions, (n) => formatUsdCompact(n * 1e9, locale)),
        { text: m.source.title, lang: 'en', ...(m.source.url ? { href: m.source.url } : {}) },
      ],
    })),
  };

  const notes = options.official ? [tr(context, 'charts.officialNote')] : [];
  return {
    ...specHeader(context, { id: id, title, desc, notes, illustrative }),
    tables: options.official ? [officialTable, directoryTable] : [directoryTable],
    data: {
      columns: ['series', 'date', 'pledges', 'pledgesQualifier', 'valueUsd', 'valueQualifier', 'source'],
      rows: [
        ...milestones.map((m) => ({
          series: 'official',
          date: m.date,
          pledges: m.pledges?.value ?? '',
          pledgesQualifier: m.pledges?.qualifier ?? '',
          valueUsd: m.valueUsdBillions ? formatDecimal(m.valueUsdBillions.value * 1e9, 'en').replace(/,/g, '') : '',
          valueQualifier: m.valueUsdBillions?.qualifier ?? '',
          source: m.source.url ?? m.source.title,
        })),
        ...rows.map((row) => ({ series: 'directory-cumulative', date: row.month, pledges: row.cumulativePledges, pledgesQualifier: 'exact', valueUsd: row.cumulativeValueUsd, valueQualifier: 'exact', source: '' })),
      ],
    },
    svg: (paint, site) =>
      timeChartSvg(
        timeChart(panels, { width: chartWidth, dir: dirOf(locale), start, end, formatYear: (y) => formatYear(y, locale), plotHeight: options.official ? 110 : 80 }),
        svgFrame(context, id, title, desc, notes, paint, site),
        paint,
      ),
  };
}
