import type { Locale } from '../../i18n/locales.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import { documentRecord } from './documentRecord.ts';
import { countryRecord, focusAreaRecord, groupRecord, regionRecord } from './placeRecords.ts';
import { pledgeRecord } from './pledgeRecord.ts';
import { pledgerRecord } from './pledgerRecord.ts';
import type { SearchRecord } from './searchRecord.ts';
import type { DocumentEntry } from '../../schemas/document.ts';

/**
 * Every search record of one language, one per entity page (page 1 of paginated ones): pledges
 * and documents together, newest first (so that a search without words lists the index in that
 * order, see page/runSearch.ts), then pledgers with pledges, countries with pledges, focus areas,
 * country groups and regions. Yielded one by one, so that a large site is never held twice in memory.
 */
export function* searchRecords(model: SiteModel, locale: Locale): Generator<SearchRecord> {
  const documents = model.documents.filter((doc) => doc.versions[locale]);
  let d = 0;
  for (const view of model.pledges) {
    for (; d < documents.length && (documents[d]?.meta.date ?? '') > view.pledge.announced.date; d += 1) {
      const record = documentRecord(documents[d] as DocumentEntry, model, locale);
      if (record) yield record;
    }
    yield pledgeRecord(view, model, locale);
  }
  for (; d < documents.length; d += 1) {
    const record = documentRecord(documents[d] as DocumentEntry, model, locale);
    if (record) yield record;
  }
  for (const org of model.organisations) if (model.pledgesByPledger.has(org.id)) yield pledgerRecord(org, model, locale);
  for (const country of model.countriesWithPledges) yield countryRecord(country, model, locale);
  for (const area of model.focusAreas) yield focusAreaRecord(area, locale);
  for (const group of model.reference['country-groups'].items) yield groupRecord(group, model, locale);
  for (const region of model.reference.regions.items) yield regionRecord(region, model, locale);
}
