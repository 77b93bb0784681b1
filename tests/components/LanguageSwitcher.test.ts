import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import LanguageSwitcher from '../../src/components/LanguageSwitcher.astro';

async function render(props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(LanguageSwitcher, { props });
}

describe('the language switcher', () => {
  it('links the same page in the other languages, marked with their language', async () => {
    const html = await render({ locale: 'en', alternates: { en: '/en/pledges/x/', fr: '/fr/pledges/x/', ar: '/ar/pledges/x/' } });
    expect(html).toContain('<a href="/fr/pledges/x/" hreflang="fr" lang="fr">Français</a>');
    expect(html).toContain('<a href="/ar/pledges/x/" hreflang="ar" lang="ar">العربية</a>');
    expect(html).toMatch(/<span lang="en" aria-current="true">English<\/span>/);
  });

  it('says a language is not available instead of linking to a missing page', async () => {
    const html = await render({ locale: 'ar', alternates: { en: '/en/documents/d/', fr: null, ar: '/ar/documents/d/' } });
    expect(html).not.toContain('href="/fr/');
    expect(html).toContain('Français: غير متاحة');
    expect(html).toContain('<a href="/en/documents/d/" hreflang="en" lang="en">English</a>');
  });
});
