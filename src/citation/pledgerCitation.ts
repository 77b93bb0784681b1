import type { Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/paths.ts';
import { pickText } from '../i18n/pickText.ts';
import { translate } from '../i18n/translate.ts';
import type { SiteModel } from '../model/siteModel.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { CitationRecord } from './citationRecord.ts';
import { contentHistory, lastChangeDay, type ContentHistory } from './contentHistory.ts';

/** The content file of a pledger. */
export function pledgerFiles(id: string): string[] {
  return [`organisations/${id}.yaml`, `organisations/${id}.yml`];
}

/**
 * The citation record of a pledger's page: a profile written by the site's publisher.
 * It dates from the pledger's first announced pledge; its version date is the last
 * change of its file, else the latest activity of its pledges.
 */
export function pledgerCitation(model: SiteModel, org: Organisation, locale: Locale, site: URL, history: ContentHistory = contentHistory()): CitationRecord {
  const pledges = model.pledgesByPledger.get(org.id) ?? [];
  const announced = pledges.map((view) => view.pledge.announced.date).sort();
  const active = pledges.map((view) => view.lastActivity).sort();
  const first = announced[0];
  if (!first) throw new Error(`pledger ${org.id} has no pledge: it has no page to cite`);
  const name = pickText(org.name, locale, org.originalLanguage);
  const description = org.description ? pickText(org.description, locale, org.originalLanguage) : undefined;
  const country = model.countryByAlpha3.get(org.country);
  return {
    kind: 'pledger',
    key: `p2c-pledger-${org.id}-${locale}`,
    locale,
    title: { text: name.text, lang: name.lang },
    author: { text: model.site.publisher.name[locale], lang: locale },
    issued: { date: first, precision: 'day' },
    versionDate: lastChangeDay(history, pledgerFiles(org.id)) ?? active.at(-1) ?? first,
    ...(description ? { description: { text: description.text, lang: description.lang } } : {}),
    publisher: model.site.publisher.name[locale],
    siteName: translate(locale, 'cite.website'),
    url: new URL(routes.pledger(locale, org.id), site).href,
    illustrative: org.illustrative,
    organisation: {
      ...(org.website ? { website: org.website } : {}),
      ...(country ? { country: country.alpha2 } : {}),
      ...(org.abbreviation ? { abbreviation: org.abbreviation } : {}),
    },
  };
}
