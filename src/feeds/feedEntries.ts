import type { Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/paths.ts';
import { formatDate } from '../i18n/format.ts';
import { pickText } from '../i18n/pickText.ts';
import { translate } from '../i18n/translate.ts';
import type { PledgeView } from '../model/pledgeView.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { labelOf } from '../model/vocabulary.ts';
import type { DocumentEntry } from '../schemas/document.ts';
import { renderAtom, type AtomEntry } from './atomFeed.ts';

/** Entries per feed: the latest changes. */
export const feedSize = 50;

/**
 * The changes of a list of pledges, newest first: one entry per announcement
 * and one per dated update, each saying what changed.
 */
export function pledgeEntries(pledges: readonly PledgeView[], model: SiteModel, locale: Locale, site: URL): AtomEntry[] {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);
  const tag = `tag:${site.hostname},2026:`;
  const entries: AtomEntry[] = [];
  for (const view of pledges) {
    const { pledge } = view;
    const title = pickText(pledge.title, locale, pledge.originalLanguage);
    const summary = pickText(pledge.summary, locale, pledge.originalLanguage);
    const url = new URL(routes.pledge(locale, view.id), site).href;
    const prefix = pledge.illustrative ? `[${t('illustrative.badge')}] ` : '';
    const categories = [...pledge.focusAreas, pledge.status];
    entries.push({
      id: `${tag}pledge/${view.id}/announced`,
      title: prefix + t('feed.pledgeNew', { title: title.text }),
      updated: pledge.announced.date,
      url,
      summary: summary.text,
      ...(summary.fallback ? { lang: summary.lang } : {}),
      categories,
    });
    for (const update of view.updates) {
      const text = pickText(update.text, locale, update.originalLanguage);
      const status = update.status ? `${t('pledge.history.statusChange', { status: labelOf(model.reference.statuses, update.status, locale) })}. ` : '';
      entries.push({
        id: `${tag}pledge/${view.id}/update/${update.date}`,
        title: prefix + t('feed.pledgeUpdated', { title: title.text }),
        updated: update.date,
        url,
        summary: `${formatDate(update.date, locale)}: ${status}${text.text}`,
        ...(text.fallback ? { lang: text.lang } : {}),
        categories,
      });
    }
  }
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

/** One entry per document version in the feed's language. */
export function documentEntries(documents: readonly DocumentEntry[], locale: Locale, site: URL): AtomEntry[] {
  const tag = `tag:${site.hostname},2026:`;
  return documents.flatMap((doc) => {
    const version = doc.versions[locale];
    if (!version) return [];
    return [{
      id: `${tag}document/${doc.id}/${locale}`,
      title: translate(locale, 'feed.document', { title: version.frontmatter.title }),
      updated: doc.meta.date,
      url: new URL(routes.document(locale, doc.id), site).href,
      summary: version.frontmatter.summary,
      categories: [doc.meta.type],
    }];
  });
}

/** The Atom feed of a page's subject: its latest entries, newest first. */
export function feedXml(options: { locale: Locale; site: URL; title: string; pagePath: string; entries: AtomEntry[]; asOf: string; rights?: string }): string {
  const entries = options.entries.slice(0, feedSize);
  const self = new URL(routes.scopedFeed(options.pagePath), options.site).href;
  return renderAtom({
    id: self,
    title: options.title,
    lang: options.locale,
    self,
    alternate: new URL(options.pagePath, options.site).href,
    updated: entries[0]?.updated ?? options.asOf,
    author: translate(options.locale, 'site.name'),
    ...(options.rights ? { rights: options.rights } : {}),
    entries,
  });
}
