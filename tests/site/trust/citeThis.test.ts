import { readFile } from 'node:fs/promises';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { loadSitePage } from '../../support/sitePage.ts';

/**
 * "Cite this" as a reader uses it: the plain text they copy, and the BibTeX, RIS and CSL-JSON
 * files they download (data: links with `download`), each read back with citation-js and
 * compared with the page.
 */
const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

describe('Cite this', () => {
  const session = useBrowserSession();

  it('"Cite this paragraph" copies the citation model’s text, with the paragraph’s number and address filled in', async () => {
    for (const lang of locales) {
      const page = await loadSitePage(session.page, session.origin, { path: `/${lang}/documents/resolution-88/`, status: 200 });
      const result = await page.evaluate(() => {
        const template = document.querySelector<HTMLElement>('[data-paragraph-tools]')?.dataset.citation ?? '';
        const number = document.querySelector<HTMLAnchorElement>('#resolves-2 a.para-num')!;
        return { template, filled: template.replace('{para}', number.textContent ?? '').replace('{url}', number.href), href: number.href, label: number.textContent };
      });
      expect(result.template).toContain('{para}');
      expect(result.template).toContain('{url}');
      expect(result.template).not.toMatch(bidiControls);
      expect(result.href).toBe(`${session.origin}/${lang}/documents/resolution-88/#resolves-2`);
      expect(result.filled).toContain(result.href);
      expect(result.filled).toContain(`${lang === 'en' ? 'paragraph' : lang === 'fr' ? 'paragraphe' : 'الفقرة'} ${result.label}`);
    }
  });

  for (const lang of locales) {
    for (const path of [`/${lang}/documents/resolution-88/`, `/${lang}/pledges/ill-014/`]) {
      it(`${path}: plain text to copy, and three reference files that match the page`, async () => {
        const page = await loadSitePage(session.page, session.origin, { path, status: 200 });
        const facts = await page.evaluate(() => ({
          h1: document.querySelector('h1')?.textContent?.trim() ?? '',
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
          author: document.querySelector('meta[name="citation_author"]')?.getAttribute('content') ?? '',
          date: document.querySelector('meta[name="citation_publication_date"]')?.getAttribute('content') ?? '',
          copied: (() => {
            // What the reader copies: select the citation and read the selection.
            const element = document.querySelector('[data-citation="plain"]')!;
            const range = document.createRange();
            range.selectNodeContents(element);
            const selection = getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            return selection.toString();
          })(),
        }));
        expect(facts.copied).not.toMatch(bidiControls);
        expect(facts.copied).toContain(facts.h1);
        expect(facts.copied).toContain(facts.canonical);
        expect(facts.copied).toContain(facts.author);

        const dateParts = facts.date.split('/').map(Number);
        for (const format of ['bibtex', 'ris', 'csl'] as const) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-citation="${format}"]`)]);
          expect(download.suggestedFilename()).toMatch(/^p2c-.+\.(bib|ris|json)$/);
          const text = await readFile((await download.path())!, 'utf8');
          expect(text).not.toMatch(bidiControls);
          const input = format === 'csl' ? JSON.parse(text) : text;
          const [item] = new Cite(input).data as Record<string, unknown>[];
          expect(item?.title, format).toBe(facts.h1);
          expect(item?.URL, format).toBe(facts.canonical);
          expect((item?.issued as { 'date-parts': number[][] })['date-parts'][0], format).toEqual(dateParts);
          const [author] = item?.author as { literal?: string; family?: string }[];
          const name = author?.literal ?? author?.family ?? '';
          // RIS writes an organisation's commas as spaces (readers split names at commas).
          expect(name, format).toBe(format === 'ris' ? facts.author.replace(/\s*,\s*/g, ' ') : facts.author);
          expect(item?.language, format).toBe(lang);
        }
      });
    }
  }
});
