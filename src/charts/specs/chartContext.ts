import type { ChartSpec } from '../chartSpec.ts';
import { localeDir, type Locale } from '../../i18n/locales.ts';
import { formatDate } from '../../i18n/format.ts';
import { translate, type Params } from '../../i18n/translate.ts';
import type { UiKey } from '../../i18n/uiTypes.ts';
import type { PledgeView } from '../../model/pledgeView.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import type { ChartDir } from '../marks.ts';
import { chartsPagePath } from '../chartSpec.ts';
import type { Paint, SvgFrame } from '../svg/svgMarkup.ts';

/** Width of a chart, in units: laid out for a phone, scaled up on wider screens (charts.css caps its width). */
export const chartWidth = 360;

/** What a chart is drawn from and for. */
export interface ChartContext {
  model: SiteModel;
  locale: Locale;
  /** The pledges it counts (the whole directory, or a page's subject's). */
  pledges: readonly PledgeView[];
  /** Folder of its files under /data/charts/{lang}/ ('' for the dashboard). */
  scope: string;
  /** Name of the page's subject, for titles ("Access: pledges by status"); absent on the dashboard. */
  subject?: string;
}

export function dirOf(locale: Locale): ChartDir {
  return localeDir(locale);
}

export function tr(context: ChartContext, key: UiKey, params?: Params): string {
  return translate(context.locale, key, params);
}

/** The chart's title: the dashboard's, or "{subject}: {what}" on a subject's page. */
export function chartTitle(context: ChartContext, dashboardKey: UiKey, subjectKey: UiKey): string {
  return context.subject ? tr(context, 'charts.titleOf', { subject: context.subject, chart: tr(context, subjectKey) }) : tr(context, dashboardKey);
}

/** Whether any of the pledges is illustrative (the caption then says so). */
export function hasIllustrative(context: ChartContext): boolean {
  return context.model.totalsOf(context.pledges).illustrative > 0;
}

/** "Source: the pledges of this directory, as of {date}." */
export function sourceLine(context: ChartContext): string {
  return tr(context, 'charts.source', { date: formatDate(context.model.asOf, context.locale) });
}

/** Prefix of the SVG's ids (title, description): unique on the page, as the chart's anchor is. */
export function svgId(id: string): string {
  return `chart-${id}-svg`;
}

/** What a chart's SVG root says: ids, direction, language, title, finding; downloaded, also its source and notes. */
export function svgFrame(context: ChartContext, id: string, title: string, desc: string, notes: readonly string[], paint: Paint, site?: URL): Omit<SvgFrame, 'width' | 'height'> {
  const page = site ? new URL(chartsPagePath(context.locale), site).href : undefined;
  const footer = [
    page ? `${sourceLine(context)} ${page}` : sourceLine(context),
    ...(hasIllustrative(context) ? [tr(context, 'charts.illustrative')] : []),
    ...notes,
  ];
  return { id: svgId(id), dir: dirOf(context.locale), lang: context.locale, title, desc, ...(paint === 'resolved' ? { footer } : {}) };
}

/** The fields every chart spec shares: its identity, wording, source line and illustrative flag. */
export function specHeader(
  context: ChartContext,
  fields: { id: string; kind?: ChartSpec['kind']; title: string; desc: string; notes: readonly string[]; illustrative?: boolean },
): Pick<ChartSpec, 'id' | 'scope' | 'locale' | 'kind' | 'title' | 'desc' | 'source' | 'notes' | 'illustrative'> {
  return {
    id: fields.id,
    scope: context.scope,
    locale: context.locale,
    kind: fields.kind ?? 'chart',
    title: fields.title,
    desc: fields.desc,
    source: sourceLine(context),
    notes: fields.notes,
    illustrative: fields.illustrative ?? hasIllustrative(context),
  };
}
