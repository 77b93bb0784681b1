import type { Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/paths.ts';
import { pickText } from '../i18n/pickText.ts';
import { translate } from '../i18n/translate.ts';
import type { PledgeView } from '../model/pledgeView.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { labelOf } from '../model/vocabulary.ts';
import type { CitationRecord } from './citationRecord.ts';
import { contentHistory, lastChangeDay, type ContentHistory } from './contentHistory.ts';

/** The content file of a pledge (either extension the content reader accepts). */
export function pledgeFiles(id: string): string[] {
  return [`pledges/${id}.yaml`, `pledges/${id}.yml`];
}

/**
 * The citation record of a pledge's page in one language. Its dates are the pledge's
 * own: the announcement and the last dated update (`view.lastActivity`); its version
 * date is the last change of its file, else that last update.
 */
export function pledgeCitation(model: SiteModel, view: PledgeView, locale: Locale, site: URL, history: ContentHistory = contentHistory()): CitationRecord {
  const { pledge } = view;
  const title = pickText(pledge.title, locale, pledge.originalLanguage);
  const summary = pickText(pledge.summary, locale, pledge.originalLanguage);
  const pledger = pickText(view.pledger.name, locale, view.pledger.originalLanguage);
  return {
    kind: 'pledge',
    key: `p2c-pledge-${view.id}-${locale}`,
    locale,
    title: { text: title.text, lang: title.lang },
    author: { text: pledger.text, lang: pledger.lang },
    authorUrl: new URL(routes.pledger(locale, view.pledger.id), site).href,
    issued: { date: pledge.announced.date, precision: 'day' },
    lastUpdate: view.lastActivity,
    versionDate: lastChangeDay(history, pledgeFiles(view.id)) ?? view.lastActivity,
    number: view.id,
    description: { text: summary.text, lang: summary.lang },
    publisher: model.site.publisher.name[locale],
    siteName: translate(locale, 'cite.website'),
    url: new URL(routes.pledge(locale, view.id), site).href,
    illustrative: pledge.illustrative,
    status: labelOf(model.reference.statuses, pledge.status, locale),
  };
}
