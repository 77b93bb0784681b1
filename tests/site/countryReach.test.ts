import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { builtPages, readPage } from '../support/builtSite.ts';
import { rawPledges, usd } from '../support/independentTotals.ts';

const documentOf = (path: string) => parseHTML(readPage(path)).document;

describe('every pledge that reaches a country', () => {
  it('Kenya’s page lists the Africa-wide and worldwide pledges under their own heading, in every language', () => {
    for (const locale of locales) {
      const section = documentOf(`/${locale}/countries/ken/`).querySelector('[data-reaching] ');
      expect(section, locale).not.toBeNull();
      const links = [...section!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      for (const id of ['ill-014', 'ill-037', 'ill-013', 'ill-032']) expect(links, `${locale} ${id}`).toContain(`/${locale}/pledges/${id}/`);
    }
  });

  it('counts them apart from the country’s own pledges, with their own totals', () => {
    const html = documentOf('/en/countries/ken/');
    const regional = rawPledges.filter((p) => (p.countries ?? []).length === 0 && (p.regions ?? []).includes('africa') && !(p as { global?: boolean }).global);
    const worldwide = rawPledges.filter((p) => (p as { global?: boolean }).global && !(p.countries ?? []).includes('KEN'));
    const regionalFigure = html.querySelector('[data-reaching="regional"]')!;
    const worldwideFigure = html.querySelector('[data-reaching="worldwide"]')!;
    expect(Number(regionalFigure.getAttribute('data-count'))).toBe(regional.length);
    expect(Number(worldwideFigure.getAttribute('data-count'))).toBe(worldwide.length);
    expect(Number(worldwideFigure.getAttribute('data-value'))).toBeCloseTo(worldwide.reduce((sum, p) => sum + usd(p), 0), 2);
    // The country's own totals are those of the pledges that name it, and nothing more.
    const own = rawPledges.filter((p) => (p.countries ?? []).includes('KEN'));
    expect(Number(html.querySelector('.list-totals')!.getAttribute('data-count'))).toBe(own.length);
  });

  it('no pledge page says “None” for where it is carried out', () => {
    const pledgePages = builtPages().filter((path) => /^\/(en|fr|ar)\/pledges\/[a-z]+-\d+\/$/.test(path));
    expect(pledgePages.length).toBe(rawPledges.length * 3);
    for (const path of pledgePages) {
      const facts = documentOf(path).querySelector('.pledge-facts')!;
      const terms = [...facts.querySelectorAll('dt')];
      const where = terms.find((dt) => /Countries of implementation|Pays de mise en œuvre|بلدان التنفيذ|Where it is carried out|Lieu de mise en œuvre|مكان التنفيذ/.test(dt.textContent ?? ''));
      expect(where, path).toBeDefined();
      const value = where!.nextElementSibling?.textContent?.trim() ?? '';
      expect(value, path).not.toMatch(/^(None|Aucun|لا شيء)$/);
      expect(value.length, path).toBeGreaterThan(2);
    }
  });

  it('a regional pledge says which region, and a worldwide one says so', () => {
    expect(documentOf('/en/pledges/ill-014/').querySelector('[data-where]')?.textContent).toContain('Africa (ITU-D region)');
    expect(documentOf('/fr/pledges/ill-013/').querySelector('[data-where]')?.textContent).toContain('Monde entier');
  });
});
