import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useBrowserSession } from '../support/browser.ts';
import { builtPages, readPage } from '../support/builtSite.ts';
import { readSeed, reportParagraphAnchors, resolutionClauseAnchors } from '../support/seedAnchors.ts';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const documents = ['bdt-dir-110', 'council-23-un-cooperation-report', 'p2c-segment-concept-note', 'resolution-88', 'wsis-forum-2021-invitation'];

describe('published documents', () => {
  it('exist in all three languages', () => {
    for (const id of documents) for (const locale of locales) expect(() => readPage(`/${locale}/documents/${id}/`), `${locale} ${id}`).not.toThrow();
  });

  it('carry an anchor for every numbered paragraph and clause of the Arabic source, in every language', () => {
    const expected = {
      'council-23-un-cooperation-report': reportParagraphAnchors(readSeed('004_f8a4ef560f93c243.txt')),
      'resolution-88': resolutionClauseAnchors(readSeed('002_6c237f1676b7d596.txt')),
    };
    for (const [id, anchors] of Object.entries(expected)) {
      for (const locale of locales) {
        const present = ids(readPage(`/${locale}/documents/${id}/`));
        expect(anchors.filter((a) => !present.has(a)), `${locale} ${id}`).toEqual([]);
      }
    }
  });

  it('link every footnote reference to its note and back', () => {
    for (const id of documents) {
      for (const locale of locales) {
        const html = readPage(`/${locale}/documents/${id}/`);
        const present = ids(html);
        const targets = [...html.matchAll(/href="#(user-content-fn(?:ref)?-[^"]+)"/g)].map((m) => m[1]!);
        for (const target of targets) expect(present.has(target), `${locale} ${id} #${target}`).toBe(true);
        const refs = targets.filter((t) => t.startsWith('user-content-fn-')).length;
        const backs = targets.filter((t) => t.startsWith('user-content-fnref-')).length;
        expect(refs, `${locale} ${id}`).toBe(backs);
      }
    }
  });

  it('never let a Word artefact or a placeholder link reach a built page', () => {
    for (const page of builtPages()) {
      const html = readPage(page);
      expect(html, page).not.toMatch(/footnoteRef|\[\d+:\s|\(#\)|href="#"/);
    }
  });

  it('mark translations as unofficial and link the published Arabic text', () => {
    for (const id of documents) {
      expect(readPage(`/en/documents/${id}/`)).toContain('Our unofficial translation of the Arabic text published by ITU; only ITU’s texts are authoritative.');
      expect(readPage(`/fr/documents/${id}/`)).toMatch(new RegExp(`href="/ar/documents/${id}/" hreflang="ar"`));
      expect(readPage(`/ar/documents/${id}/`)).not.toContain('class="doc-status');
    }
  });
});

describe('a document in the browser', () => {
  const session = useBrowserSession();

  it('opens a cited paragraph in every language and lays Arabic out right to left', async () => {
    const { page, origin } = session;
    for (const locale of locales) {
      await page.goto(`${origin}/${locale}/documents/resolution-88/#resolves-2`);
      expect(await page.locator('#resolves-2').isVisible()).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('#resolves-2')!).direction)).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    }
  });
});
