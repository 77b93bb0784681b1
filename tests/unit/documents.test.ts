import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/loadValidatedContent.ts';
import { locales } from '../../src/i18n/locales.ts';
import { readSeed, reportParagraphAnchors, resolutionClauseAnchors } from '../support/seedAnchors.ts';

const { content, issues } = checkContent();
const documents = content?.documents ?? [];
const byId = new Map(documents.map((d) => [d.id, d]));

describe('the document library', () => {
  it('validates without issues', () => {
    expect(issues).toEqual([]);
  });

  it('holds the five source documents, each in English, French and Arabic', () => {
    expect(documents.map((d) => d.id).sort()).toEqual(['bdt-dir-110', 'council-23-un-cooperation-report', 'p2c-segment-concept-note', 'resolution-88', 'wsis-forum-2021-invitation']);
    for (const doc of documents) expect(Object.keys(doc.versions).sort(), doc.id).toEqual([...locales].sort());
  });

  it('publishes the Arabic text as ITU’s and marks English and French as unofficial translations of it', () => {
    for (const doc of documents) {
      expect(doc.versions.ar?.frontmatter.text, doc.id).toBe('published');
      for (const locale of ['en', 'fr'] as const) {
        expect(doc.versions[locale]?.frontmatter, `${doc.id} ${locale}`).toMatchObject({ text: 'unofficial-translation', translatedFrom: 'ar' });
      }
    }
  });

  it('gives every numbered paragraph of the Council report an anchor in every language', () => {
    const expected = reportParagraphAnchors(readSeed('004_f8a4ef560f93c243.txt'));
    expect(expected).toHaveLength(27);
    for (const locale of locales) {
      expect(byId.get('council-23-un-cooperation-report')?.versions[locale]?.anchors, locale).toEqual(expect.arrayContaining(expected));
    }
  });

  it('shows ITU’s Arabic paragraph numbers in Arabic and the usual order in English', () => {
    const report = byId.get('council-23-un-cooperation-report');
    expect(report?.versions.ar?.html).toContain('<div id="para-2-1" class="para"><a href="#para-2-1" class="para-num">1.2</a>');
    expect(report?.versions.en?.html).toContain('<div id="para-2-1" class="para"><a href="#para-2-1" class="para-num">2.1</a>');
  });

  it('gives every clause of Resolution 88 an anchor in every language', () => {
    const expected = resolutionClauseAnchors(readSeed('002_6c237f1676b7d596.txt'));
    expect(expected).toContain('recalling-h');
    expect(expected).toContain('resolves-3');
    expect(expected).toHaveLength(19);
    for (const locale of locales) {
      expect(byId.get('resolution-88')?.versions[locale]?.anchors, locale).toEqual(expect.arrayContaining(expected));
    }
  });

  it('turns the Word footnote artefacts into footnotes linked both ways', () => {
    for (const id of ['resolution-88', 'council-23-un-cooperation-report']) {
      for (const locale of locales) {
        const html = byId.get(id)?.versions[locale]?.html ?? '';
        expect(html, `${id} ${locale}`).not.toMatch(/footnoteRef|\[1:/);
        expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref');
        expect(html).toContain('<li id="user-content-fn-1">');
        expect(html).toContain('href="#user-content-fnref-1"');
      }
    }
  });

  it('keeps the text of placeholder links without making them links', () => {
    for (const locale of locales) {
      const html = byId.get('bdt-dir-110')?.versions[locale]?.html ?? '';
      expect(html).not.toMatch(/href="#"/);
      expect(html).not.toContain('(#)');
      expect((html.match(/class="nolink"/g) ?? []).length, locale).toBe(11);
    }
  });

  it('keeps the signature and contact blocks as styled blocks', () => {
    expect(byId.get('bdt-dir-110')?.versions.ar?.html).toContain('class="doc-block doc-block-signature"');
    expect(byId.get('wsis-forum-2021-invitation')?.versions.en?.html).toContain('class="doc-block doc-block-contact"');
    expect((byId.get('wsis-forum-2021-invitation')?.versions.fr?.html.match(/doc-block-signature/g) ?? []).length).toBe(4);
  });

  it('links Resolution 88, the circular and the concept note to the four focus areas', () => {
    for (const id of ['resolution-88', 'bdt-dir-110', 'p2c-segment-concept-note']) {
      expect(byId.get(id)?.meta.focusAreas.slice().sort(), id).toEqual(['accelerate', 'access', 'adoption', 'value-creation']);
    }
  });
});
