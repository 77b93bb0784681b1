import type { CitationDate, CitationRecord } from './citationRecord.ts';

type JsonLd = Record<string, unknown>;

/** A date as ISO 8601 to its precision ("2022-06" when only the month is known). */
function isoDate(date: CitationDate): string {
  return date.precision === 'year' ? date.date.slice(0, 4) : date.precision === 'month' ? date.date.slice(0, 7) : date.date;
}

const organisation = (name: string, url?: string): JsonLd => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/**
 * schema.org JSON-LD for a page, with the same facts as the page: `Legislation` for a
 * resolution and `Report` for other documents, `CreativeWork` for a pledge,
 * `Organization` for a pledger and `Dataset` for the open data.
 */
export function jsonLd(record: CitationRecord, siteHome: string): JsonLd {
  const common: JsonLd = {
    '@context': 'https://schema.org',
    '@id': record.url,
    url: record.url,
    name: record.title.text,
    inLanguage: record.title.lang,
    ...(record.description ? { description: record.description.text } : {}),
    publisher: organisation(record.publisher),
    isPartOf: { '@type': 'WebSite', name: record.siteName, url: siteHome },
  };
  const dates = { datePublished: isoDate(record.issued), dateModified: record.versionDate };
  switch (record.kind) {
    case 'document': {
      const legislation = record.documentType === 'resolution';
      return {
        ...common,
        '@type': legislation ? 'Legislation' : 'Report',
        ...(legislation
          ? { ...(record.number ? { legislationIdentifier: record.number } : {}), legislationDate: isoDate(record.issued), legislationPassedBy: organisation(record.author.text) }
          : record.number ? { reportNumber: record.number } : {}),
        author: organisation(record.author.text),
        ...dates,
        ...(record.genre ? { genre: record.genre } : {}),
        ...(record.textStatus === 'unofficial-translation'
          ? { translator: organisation(record.publisher), ...(record.translatedFromUrl ? { translationOfWork: { '@id': record.translatedFromUrl } } : {}), ...(record.officialUrl ? { isBasedOn: record.officialUrl } : {}) }
          : record.officialUrl ? { sameAs: record.officialUrl } : {}),
      };
    }
    case 'pledge':
      return {
        ...common,
        '@type': 'CreativeWork',
        ...(record.number ? { identifier: record.number } : {}),
        author: organisation(record.author.text, record.authorUrl),
        ...dates,
        ...(record.status ? { creativeWorkStatus: record.status } : {}),
        ...(record.illustrative ? { disambiguatingDescription: 'Illustrative entry: made up to show how the directory works; not a real pledge.' } : {}),
      };
    case 'pledger': {
      const { url: _url, name, inLanguage, description, isPartOf, publisher, ...rest } = common;
      const org = record.organisation ?? {};
      return {
        ...rest,
        '@id': `${record.url}#organization`,
        '@type': 'Organization',
        name,
        ...(org.abbreviation ? { alternateName: org.abbreviation } : {}),
        ...(description ? { description } : {}),
        ...(org.website ? { url: org.website, sameAs: org.website } : {}),
        ...(org.country ? { address: { '@type': 'PostalAddress', addressCountry: org.country } } : {}),
        ...(record.illustrative ? { disambiguatingDescription: 'Illustrative organisation: made up to show how the directory works.' } : {}),
        mainEntityOfPage: { '@type': 'ProfilePage', '@id': record.url, url: record.url, inLanguage, isPartOf, publisher, dateModified: record.versionDate },
      };
    }
    case 'dataset': {
      const data = record.dataset;
      return {
        ...common,
        '@type': 'Dataset',
        creator: organisation(record.publisher),
        ...(record.number ? { version: record.number } : {}),
        ...dates,
        isAccessibleForFree: true,
        ...(data
          ? {
              license: data.licenceUrl,
              creditText: data.credit,
              keywords: data.keywords,
              distribution: data.distributions.map((file) => ({ '@type': 'DataDownload', name: file.name, contentUrl: file.url, encodingFormat: file.mediaType })),
            }
          : {}),
      };
    }
  }
}

/** JSON-LD as text safe inside <script type="application/ld+json">: no "</script>", no line separators. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
