import { compareText, countryName, formatList, formatNumber } from '../../i18n/format.ts';
import { routes } from '../../i18n/paths.ts';
import type { ChartSpec } from '../chartSpec.ts';
import { countryCounts } from '../data/countryCounts.ts';
import { classOf, mapClasses } from '../map/mapClasses.ts';
import { worldMap } from '../map/worldMap.ts';
import { worldMapAsset } from '../map/worldMapAsset.ts';
import { worldMapSvg } from '../svg/worldMapSvg.ts';
import { dirOf, svgFrame, tr, type ChartContext, specHeader } from './chartContext.ts';

/** The world map: countries shaded by their number of pledges, each country with pledges a link to its page. */
export function worldMapChart(context: ChartContext): ChartSpec {
  const { model, locale } = context;
  const id = 'map';
  const compare = compareText(locale);
  const counts = countryCounts(model).sort((a, b) => b.pledges - a.pledges || compare(countryName(a.country, locale), countryName(b.country, locale)));
  const classes = mapClasses(counts.map((c) => c.pledges));
  const title = tr(context, 'charts.map.title');
  const most = counts[0]?.pledges ?? 0;
  const leaders = counts.filter((c) => c.pledges === most);
  // Ties are all named, up to three; beyond, counted.
  const top = leaders.length <= 3 ? formatList(leaders.map((c) => countryName(c.country, locale)), locale) : tr(context, 'charts.map.countries', { count: leaders.length });
  const desc = most ? tr(context, 'charts.map.desc', { count: counts.length, top, pledges: tr(context, 'pledge.count', { count: most }) }) : tr(context, 'charts.none.desc');
  const classLabel = (min: number, max: number) => (min === max ? tr(context, 'pledge.count', { count: min }) : tr(context, 'charts.map.range', { min, max, count: max }));
  const linkTitle = (name: string, pledges: number) => tr(context, 'charts.map.linkTitle', { country: name, pledges: tr(context, 'pledge.count', { count: pledges }) });
  const notes: string[] = [tr(context, 'counting.multi')];
  return {
    ...specHeader(context, { id: id, kind: 'map', title, desc, notes }),
    tables: [
      {
        caption: title,
        columns: [
          { label: tr(context, 'table.country'), numeric: false },
          { label: tr(context, 'table.pledges'), numeric: true },
        ],
        rows: counts.map((c) => ({ cells: [{ text: countryName(c.country, locale), href: routes.country(locale, c.country.alpha3) }, formatNumber(c.pledges, locale)] })),
      },
    ],
    data: {
      columns: ['country', 'numeric', 'label', 'pledges', 'class'],
      rows: counts.map((c) => ({ country: c.country.alpha3, numeric: c.country.numeric, label: countryName(c.country, locale), pledges: c.pledges, class: classOf(c.pledges, classes) })),
    },
    svg: (paint, site) =>
      worldMapSvg(
        worldMap(
          worldMapAsset,
          model.reference.countries.items,
          counts.map((c) => ({
            numeric: c.country.numeric,
            alpha3: c.country.alpha3,
            pledges: c.pledges,
            href: routes.country(locale, c.country.alpha3),
            title: linkTitle(countryName(c.country, locale), c.pledges),
          })),
          classes,
          {
            dir: dirOf(locale),
            classLabels: [tr(context, 'charts.map.none'), ...classes.map((c) => classLabel(c.min, c.max))],
            noDataLabel: tr(context, 'charts.map.noData'),
            markerLabel: tr(context, 'charts.map.marker'),
          },
        ),
        svgFrame(context, id, title, desc, [...notes, tr(context, 'charts.map.notice')], paint, site),
        paint,
        site ? { site } : {},
      ),
  };
}
