import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PledgeTable from '../../src/components/PledgeTable.astro';
import PledgeFacts from '../../src/components/PledgeFacts.astro';
import { checkContent } from '../../src/content/loadValidatedContent.ts';
import { buildSiteModel } from '../../src/model/siteModel.ts';
import type { PledgeView } from '../../src/model/pledgeView.ts';

const model = buildSiteModel(checkContent().content!, '2026-11-29');
const attack = '<script>alert(1)</script><img src=x onerror="alert(2)">';
const original = model.pledges[0]!;
const hostile: PledgeView = {
  ...original,
  pledge: { ...original.pledge, title: { en: attack, fr: attack, ar: attack } },
  pledger: { ...original.pledger, name: { en: attack } , originalLanguage: 'en' },
};

describe('text from YAML entries is always escaped', () => {
  it('shows a pledge title and a pledger name holding markup as text in a table', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(PledgeTable, { props: { locale: 'en', model, pledges: [hostile], caption: 'Pledges' } });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows the pledger name as text on the pledge page’s facts, in every language', async () => {
    const container = await AstroContainer.create();
    for (const locale of ['en', 'fr', 'ar'] as const) {
      const html = await container.renderToString(PledgeFacts, { props: { locale, model, view: hostile } });
      expect(html, locale).not.toMatch(/<script|<img src=x|onerror="/);
      expect(html, locale).toContain('&lt;script&gt;');
    }
  });
});
