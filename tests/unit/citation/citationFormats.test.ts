import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { bibtex } from '../../../src/citation/bibtex.ts';
import { citationDownloads, dataUri } from '../../../src/citation/citationDownloads.ts';
import type { CitationRecord } from '../../../src/citation/citationRecord.ts';
import { paragraphCitation } from '../../../src/citation/citationRecord.ts';
import { readContentHistory } from '../../../src/citation/contentHistory.ts';
import { cslJson } from '../../../src/citation/cslJson.ts';
import { documentCitation } from '../../../src/citation/documentCitation.ts';
import { highwireTags } from '../../../src/citation/highwireTags.ts';
import { jsonLd } from '../../../src/citation/jsonLd.ts';
import { plainCitation } from '../../../src/citation/plainCitation.ts';
import { pledgeCitation } from '../../../src/citation/pledgeCitation.ts';
import { risName, ris } from '../../../src/citation/ris.ts';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';
import { formatDate } from '../../../src/i18n/format.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { buildSiteModel } from '../../../src/model/siteModel.ts';

const model = buildSiteModel(checkContent().content!, '2026-11-29');
const site = new URL('https://partner2connect.example.org/');

// A git history with known dates: the French text of Resolution 88 changed last on 2026-10-02,
// its metadata on 2026-09-15, pledge ill-014 on 2026-08-20 (as `git log --format=%x00%ct --name-only` prints it).
const epoch = (day: string) => Date.parse(`${day}T12:00:00Z`) / 1000;
const log = [
  `\0${epoch('2026-10-02')}\n\ndocuments/resolution-88/fr.md\n`,
  `\0${epoch('2026-09-15')}\n\ndocuments/resolution-88/meta.yaml\ndocuments/resolution-88/fr.md\npledges/ill-014.yaml\n`,
  `\0${epoch('2026-08-20')}\n\npledges/ill-014.yaml\n`,
].join('');
const history = readContentHistory('content', () => log);
const noHistory = readContentHistory('content', () => undefined);

const resolution = model.documentById.get('resolution-88')!;
const pledge = model.pledgeById.get('ill-014')!;

/** The one item citation-js reads from a file. */
function parsed(input: unknown): Record<string, unknown> {
  const items = new Cite(input).data;
  expect(items).toHaveLength(1);
  return items[0]!;
}

function authorName(item: Record<string, unknown>): string {
  const [author] = item.author as { literal?: string; family?: string; given?: string }[];
  return author?.literal ?? [author?.family, author?.given].filter(Boolean).join(', ');
}

/** The fields every format must carry, compared with the record. */
function expectSameWork(item: Record<string, unknown>, record: CitationRecord, options: { author?: string } = {}) {
  expect(item.title).toBe(record.title.text);
  expect(authorName(item)).toBe(options.author ?? record.author.text);
  const [year, month, day] = record.issued.date.split('-').map(Number);
  const parts = record.issued.precision === 'month' ? [year, month] : record.issued.precision === 'year' ? [year] : [year, month, day];
  expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(parts);
  expect(item.URL).toBe(record.url);
}

describe.each(locales)('citations of a document and a pledge in %s', (locale) => {
  const doc = documentCitation(model, resolution, locale, site, history);
  const cited = pledgeCitation(model, pledge, locale, site, history);
  const version = resolution.versions[locale]!.frontmatter;

  it('take the document’s own dates: its date as precise as known, and its files’ last change as version', () => {
    expect(doc.issued).toEqual({ date: '2022-06-16', precision: 'month' });
    expect(doc.versionDate).toBe(locale === 'fr' ? '2026-10-02' : '2026-09-15');
    expect(documentCitation(model, resolution, locale, site, noHistory).versionDate).toBe('2022-06-16');
    expect(doc.title.text).toBe(version.title);
    expect(doc.number).toBe(version.symbol ?? resolution.meta.symbol);
  });

  it('take the pledge’s own dates: announcement, last update, and its file’s last change, never the build', () => {
    expect(cited.issued).toEqual({ date: pledge.pledge.announced.date, precision: 'day' });
    expect(cited.lastUpdate).toBe(pledge.lastActivity);
    expect(cited.versionDate).toBe('2026-09-15');
    expect(pledgeCitation(model, pledge, locale, site, noHistory).versionDate).toBe(pledge.lastActivity);
    expect([cited.versionDate, doc.versionDate]).not.toContain(model.asOf);
  });

  it('BibTeX parses to the same document and pledge', () => {
    const item = parsed(bibtex(doc));
    expectSameWork(item, doc);
    expect(item.type).toBe('report');
    expect(item.number).toBe(doc.number);
    expect(item.publisher).toBe(model.site.publisher.name[locale]);
    expect(item.language).toBe(locale);
    const pledgeItem = parsed(bibtex(cited));
    expectSameWork(pledgeItem, cited);
    expect(pledgeItem.publisher).toBe(model.site.publisher.name[locale]);
    expect(String(pledgeItem.note)).toContain(pledge.id);
  });

  it('RIS parses to the same document and pledge', () => {
    const item = parsed(ris(doc));
    expectSameWork(item, doc, { author: risName(doc.author.text) });
    expect(item.type).toBe('report');
    expect(item.number).toBe(doc.number);
    expect(item.language).toBe(locale);
    expect(item.publisher).toBe(model.site.publisher.name[locale]);
    const pledgeItem = parsed(ris(cited));
    expectSameWork(pledgeItem, cited);
    expect(pledgeItem.number).toBe(pledge.id);
  });

  it('CSL-JSON parses to the same document and pledge', () => {
    const item = parsed(JSON.parse(cslJson(doc)));
    expectSameWork(item, doc);
    expect(item.number).toBe(doc.number);
    expect(item.genre).toBe(doc.genre);
    expect(item['container-title']).toBe(doc.siteName);
    const pledgeItem = parsed(JSON.parse(cslJson(cited)));
    expectSameWork(pledgeItem, cited);
    expect(pledgeItem.number).toBe(pledge.id);
    expect(pledgeItem.abstract).toBe(cited.description?.text);
  });

  it('plain text names the work, its dates and address, with no bidi control characters', () => {
    for (const record of [doc, cited]) {
      const text = plainCitation(record);
      expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/);
      expect(text).toContain(record.title.text);
      expect(text).toContain(record.author.text);
      expect(text).toContain(record.url);
      expect(text).toContain(formatDate(record.versionDate, locale));
    }
    expect(plainCitation(doc)).toContain(formatDate('2022-06-16', locale, 'month').slice(1));
    expect(plainCitation(cited)).toContain(formatDate(pledge.lastActivity, locale));
    expect(plainCitation(cited)).toContain(pledge.id);
  });

  it('cites a paragraph with its number and its address', () => {
    const paragraph = paragraphCitation(doc, { anchor: 'resolves-2', label: '2' });
    expect(paragraph.url).toBe(`https://partner2connect.example.org/${locale}/documents/resolution-88/#resolves-2`);
    const text = plainCitation(paragraph);
    expect(text).toContain(paragraph.url);
    expect(text).toMatch(locale === 'en' ? /paragraph 2/ : locale === 'fr' ? /paragraphe 2/ : /الفقرة 2/);
    expect(parsed(JSON.parse(cslJson(paragraph))).URL).toBe(paragraph.url);
  });

  it('Highwire tags give title, author, date, symbol, language, publisher and address, and no PDF', () => {
    const tags = Object.fromEntries(highwireTags(doc).map((tag) => [tag.name, tag.content]));
    expect(tags).toEqual({
      citation_title: doc.title.text,
      citation_author: doc.author.text,
      citation_publication_date: '2022/06',
      citation_technical_report_number: doc.number,
      citation_language: locale,
      citation_publisher: model.site.publisher.name[locale],
      citation_fulltext_html_url: doc.url,
    });
    const pledgeTags = Object.fromEntries(highwireTags(cited).map((tag) => [tag.name, tag.content]));
    expect(pledgeTags.citation_author).toBe(cited.author.text);
    expect(pledgeTags.citation_publication_date).toBe(pledge.pledge.announced.date.replace(/-/g, '/'));
    expect(pledgeTags).not.toHaveProperty('citation_pdf_url');
  });

  it('JSON-LD types a resolution as Legislation and a pledge as a CreativeWork, with the entry’s dates', () => {
    const home = `https://partner2connect.example.org/${locale}/`;
    expect(jsonLd(doc, home)).toMatchObject({ '@type': 'Legislation', legislationIdentifier: doc.number, legislationDate: '2022-06', datePublished: '2022-06', dateModified: doc.versionDate, inLanguage: locale, name: doc.title.text });
    expect(jsonLd(cited, home)).toMatchObject({ '@type': 'CreativeWork', identifier: pledge.id, datePublished: pledge.pledge.announced.date, dateModified: '2026-09-15', author: { name: cited.author.text } });
    const circular = documentCitation(model, model.documentById.get('bdt-dir-110')!, locale, site, history);
    expect(jsonLd(circular, home)).toMatchObject({ '@type': 'Report', reportNumber: circular.number });
  });
});

describe('downloads', () => {
  it('a data: address holds each file exactly, and is a valid URL (only non-ASCII letters left as they are)', async () => {
    for (const locale of locales) {
      for (const file of citationDownloads(pledgeCitation(model, pledge, locale, site, history))) {
        const uri = dataUri(file);
        expect(uri).toMatch(new RegExp(`^data:${file.mediaType.replace('+', '\\+')};charset=utf-8,`));
        expect(uri).not.toMatch(/[ \t\n\r\f"<>{}|\\^`#]/);
        expect(await (await fetch(uri)).text()).toBe(file.text);
      }
    }
  });
});

describe('RIS names', () => {
  it('keeps an organisation whole: readers split names at commas', () => {
    expect(risName('World Telecommunication Development Conference (Kigali, 2022)')).toBe('World Telecommunication Development Conference (Kigali 2022)');
    const item = parsed('TY  - RPRT\r\nTI  - T\r\nAU  - World Telecommunication Development Conference (Kigali 2022)\r\nER  - \r\n');
    expect(item.author).toEqual([{ literal: 'World Telecommunication Development Conference (Kigali 2022)' }]);
  });
});

describe('content history', () => {
  it('reads the last change of each file from one git log, newest first', () => {
    expect(history.lastChange('documents/resolution-88/fr.md')).toBe(epoch('2026-10-02'));
    expect(history.lastChange('pledges/ill-014.yaml')).toBe(epoch('2026-09-15'));
    expect(history.latest).toBe(epoch('2026-10-02'));
    expect(noHistory.latest).toBeUndefined();
  });

  it('reads the real repository’s history of the content folder', () => {
    const real = readContentHistory('content');
    expect(real.lastChange('documents/resolution-88/meta.yaml')).toBeGreaterThan(0);
  });
});
