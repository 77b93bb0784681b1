import { documentEntries, feedXml, pledgeEntries } from '../feeds/feedEntries.ts';
import { countryName } from '../i18n/format.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/paths.ts';
import { pickText } from '../i18n/pickText.ts';
import { translate } from '../i18n/translate.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { addPledgeExportFiles } from './pledgeExportFiles.ts';
import { feedRights } from './reuseTerms.ts';
import { chartFiles } from './chartFiles.ts';

/** One file of the open data or a feed, rendered when it is written or requested. */
export interface ExportedFile {
  /** Site path, e.g. /data/pledges.json or /fr/countries/mwi/feed.xml. */
  path: string;
  /** Media type. */
  type: string;
  render(): string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/**
 * Every data file and feed of the site. They are written after `astro build`
 * (and served by the dev server) rather than rendered as Astro routes: there
 * are tens of thousands of them at scale, and Astro's cost per route would
 * dominate the build.
 */
export function exportFiles(model: SiteModel, site: URL): ExportedFile[] {
  const files: ExportedFile[] = [];
  const add = (path: string, type: string, render: () => string) => files.push({ path, type, render });
  // The pledge export in each published format, its reference tables and the data package.
  addPledgeExportFiles(add, model, site);
  add('/data/milestones.json', 'application/json', () =>
    json({ generated: model.asOf, notice: 'Official counts published by ITU and the press; real figures, each with its source.', milestones: model.milestones }),
  );
  add('/data/documents.json', 'application/json', () =>
    json({
      generated: model.asOf,
      documents: model.documents.map((doc) => ({
        id: doc.id,
        ...doc.meta,
        versions: Object.fromEntries(
          locales.flatMap((lang) => {
            const v = doc.versions[lang];
            return v ? [[lang, { title: v.frontmatter.title, summary: v.frontmatter.summary, text: v.frontmatter.text, translatedFrom: v.frontmatter.translatedFrom ?? null, url: new URL(routes.document(lang, doc.id), site).href, anchors: v.anchors }]] : [];
          }),
        ),
      })),
    }),
  );

  files.push(...chartFiles(model, site));

  const atom = 'application/atom+xml; charset=utf-8';
  const feed = (locale: Locale, title: string, pagePath: string, entries: () => ReturnType<typeof pledgeEntries>) =>
    add(routes.scopedFeed(pagePath), atom, () => feedXml({ locale, site, title, pagePath, entries: entries(), asOf: model.asOf, rights: feedRights(model.site, locale) }));
  for (const locale of locales) {
    feed(locale, translate(locale, 'feed.title'), routes.home(locale), () =>
      [...pledgeEntries(model.pledges, model, locale, site), ...documentEntries(model.documents, locale, site)].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)),
    );
    const scoped = (scope: string) => translate(locale, 'feed.scoped', { scope });
    for (const area of model.focusAreas) {
      feed(locale, scoped(area.name[locale]), routes.focusArea(locale, area.id), () => pledgeEntries(model.pledgesByFocusArea.get(area.id) ?? [], model, locale, site));
    }
    for (const country of model.countriesWithPledges) {
      feed(locale, scoped(countryName(country, locale)), routes.country(locale, country.alpha3), () => pledgeEntries(model.pledgesByCountry.get(country.alpha3) ?? [], model, locale, site));
    }
    for (const [id, pledges] of model.pledgesByPledger) {
      const org = model.organisationById.get(id)!;
      feed(locale, scoped(pickText(org.name, locale, org.originalLanguage).text), routes.pledger(locale, id), () => pledgeEntries(pledges, model, locale, site));
    }
  }
  return files;
}
