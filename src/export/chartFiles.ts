import { chartCsv, chartFilePath } from '../charts/chartSpec.ts';
import { timedDownloadSpecs, timedFiles } from '../charts/chartTiming.ts';
import { allCharts } from '../charts/specs/chartSets.ts';
import { locales } from '../i18n/locales.ts';
import type { SiteModel } from '../model/siteModel.ts';
import type { ExportedFile } from './exportFiles.ts';

/**
 * The downloads of every chart of the site, in each language: a standalone SVG (its colours,
 * font family, source and notes written into it; the map's links absolute) and the chart's data
 * as CSV, at /data/charts/{lang}/{chart}.svg and .csv (the dashboard's) and
 * /data/charts/{lang}/{scope}/{id}/{chart}.svg and .csv (a focus area's, region's, group's,
 * pledger's or country's). Rendered only when written.
 */
export function chartFiles(model: SiteModel, site: URL): ExportedFile[] {
  const specs = timedDownloadSpecs(() => locales.flatMap((locale) => allCharts(model, locale)));
  const timed = timedFiles(specs.length * 2);
  return specs.flatMap((spec): ExportedFile[] => [
    { path: chartFilePath(spec, 'svg'), type: 'image/svg+xml', render: () => timed(() => `<?xml version="1.0" encoding="UTF-8"?>\n${spec.svg('resolved', site)}\n`) },
    { path: chartFilePath(spec, 'csv'), type: 'text/csv; charset=utf-8', render: () => timed(() => chartCsv(spec.data)) },
  ]);
}
