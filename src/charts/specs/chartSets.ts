import { countryName } from '../../i18n/format.ts';
import { isolate } from '../../i18n/isolate.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickText } from '../../i18n/pickText.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import type { CountryGroupId, RegionId } from '../../schemas/reference.ts';
import type { ChartSpec } from '../chartSpec.ts';
import type { ChartContext } from './chartContext.ts';
import { countValueChart } from './countValueChart.ts';
import { groupShareChart } from './groupShareChart.ts';
import { statusChart } from './statusChart.ts';
import { timeSeriesChart } from './timeSeriesChart.ts';
import { worldMapChart } from './worldMapChart.ts';

/**
 * Which charts each page shows. The pages (through the components in src/components/charts/)
 * and the downloads (src/export/chartFiles.ts) both take their charts from here, so every chart
 * shown has its files and no file lacks its chart.
 */

/** The dashboard (/{lang}/data/charts/): every chart of the whole directory, and the map. */
export function dashboardCharts(model: SiteModel, locale: Locale): ChartSpec[] {
  const context: ChartContext = { model, locale, pledges: model.pledges, scope: '' };
  return [
    countValueChart(context, 'focusArea'),
    countValueChart(context, 'stakeholder'),
    countValueChart(context, 'region'),
    groupShareChart(context),
    statusChart(context),
    timeSeriesChart(context, { official: true }),
    worldMapChart(context),
  ];
}

/** The home page's headline chart: pledges and value by focus area (the dashboard's chart, sharing its files). */
export function homeChart(model: SiteModel, locale: Locale): ChartSpec {
  return countValueChart({ model, locale, pledges: model.pledges, scope: '' }, 'focusArea');
}

/** A focus area's page: its pledges by region and by status. */
export function focusAreaCharts(model: SiteModel, locale: Locale, focusAreaId: string): ChartSpec[] {
  const area = model.focusAreaById.get(focusAreaId);
  const pledges = model.pledgesByFocusArea.get(focusAreaId) ?? [];
  if (!area || pledges.length === 0) return [];
  const context: ChartContext = { model, locale, pledges, scope: `focus-area/${focusAreaId}`, subject: area.shortName[locale] };
  return [countValueChart(context, 'region'), statusChart(context)];
}

/** An ITU-D region's page: its pledges by focus area and by status. */
export function regionCharts(model: SiteModel, locale: Locale, regionId: RegionId): ChartSpec[] {
  const region = model.reference.regions.items.find((r) => r.id === regionId);
  const pledges = model.pledgesByRegion.get(regionId) ?? [];
  if (!region || pledges.length === 0) return [];
  const context: ChartContext = { model, locale, pledges, scope: `region/${regionId}`, subject: region.label[locale] };
  return [countValueChart(context, 'focusArea'), statusChart(context)];
}

/** A country group's page (LDC, LLDC, SIDS): its pledges by region and by focus area. */
export function groupCharts(model: SiteModel, locale: Locale, groupId: CountryGroupId): ChartSpec[] {
  const group = model.reference['country-groups'].items.find((g) => g.id === groupId);
  const pledges = model.pledgesByGroup.get(groupId) ?? [];
  if (!group || pledges.length === 0) return [];
  const context: ChartContext = { model, locale, pledges, scope: `group/${groupId}`, subject: group.label[locale] };
  return [countValueChart(context, 'region'), countValueChart(context, 'focusArea')];
}

/** Fewer pledges than this and a pledger's page shows no chart (its list says it all). */
export const pledgerChartMinimum = 2;

/** A pledger's page: its pledges by status (what it has delivered), from two pledges on. */
export function pledgerCharts(model: SiteModel, locale: Locale, pledgerId: string): ChartSpec[] {
  const pledger = model.organisationById.get(pledgerId);
  const pledges = model.pledgesByPledger.get(pledgerId) ?? [];
  if (!pledger || pledges.length < pledgerChartMinimum) return [];
  const name = pickText(pledger.name, locale, pledger.originalLanguage);
  const context: ChartContext = { model, locale, pledges, scope: `pledger/${pledgerId}`, subject: name.fallback ? isolate(name.text) : name.text };
  return [statusChart(context)];
}

/** A country's page: the directory's pledges there over time. */
export function countryCharts(model: SiteModel, locale: Locale, alpha3: string): ChartSpec[] {
  const country = model.countryByAlpha3.get(alpha3.toUpperCase());
  const pledges = country ? (model.pledgesByCountry.get(country.alpha3) ?? []) : [];
  if (!country || pledges.length === 0) return [];
  const context: ChartContext = { model, locale, pledges, scope: `country/${country.alpha3.toLowerCase()}`, subject: countryName(country, locale) };
  return [timeSeriesChart(context, { official: false })];
}

/** Every chart of the site in a language: what chartFiles writes. */
export function allCharts(model: SiteModel, locale: Locale): ChartSpec[] {
  return [
    ...dashboardCharts(model, locale),
    ...model.focusAreas.flatMap((a) => focusAreaCharts(model, locale, a.id)),
    ...[...model.pledgesByRegion.keys()].flatMap((r) => regionCharts(model, locale, r)),
    ...[...model.pledgesByGroup.keys()].flatMap((g) => groupCharts(model, locale, g)),
    ...[...model.pledgesByPledger.keys()].flatMap((p) => pledgerCharts(model, locale, p)),
    ...model.countriesWithPledges.flatMap((c) => countryCharts(model, locale, c.alpha3)),
  ];
}
