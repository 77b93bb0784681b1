import type { Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/paths.ts';
import { translate } from '../i18n/translate.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { dataDistributions, dataLastChange } from '../export/dataPackage.ts';
import { exportChangelog } from '../export/exportChangelog.ts';
import { exportSchemaVersion } from '../export/pledgeExport.ts';
import { creditLine } from '../export/reuseTerms.ts';
import type { CitationRecord } from './citationRecord.ts';
import { contentHistory, type ContentHistory } from './contentHistory.ts';

/**
 * The citation record of the open data (the data page): published by the site's publisher
 * since the first release of the export format, in its current format version, dated by
 * the content's last change; with its licence and files.
 */
export function datasetCitation(model: SiteModel, locale: Locale, site: URL, history: ContentHistory = contentHistory()): CitationRecord {
  const first = exportChangelog.at(-1);
  const changed = dataLastChange(model, history);
  const licence = model.site.licences.data;
  return {
    kind: 'dataset',
    key: `p2c-open-data-${locale}`,
    locale,
    title: { text: translate(locale, 'citation.datasetTitle'), lang: locale },
    author: { text: model.site.publisher.name[locale], lang: locale },
    issued: { date: first?.date ?? changed.day, precision: 'day' },
    versionDate: changed.day,
    number: exportSchemaVersion,
    description: { text: translate(locale, 'data.intro'), lang: locale },
    publisher: model.site.publisher.name[locale],
    siteName: translate(locale, 'cite.website'),
    url: new URL(routes.data(locale), site).href,
    illustrative: model.totals.illustrative > 0,
    dataset: {
      licenceUrl: licence.url,
      licenceName: licence.name,
      distributions: dataDistributions(site),
      keywords: ['Partner2Connect', 'ITU', 'pledges', 'connectivity', 'LDC', 'LLDC', 'SIDS'],
      credit: creditLine(model, locale, site),
    },
  };
}
