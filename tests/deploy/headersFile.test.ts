import { describe, expect, it } from 'vitest';
import { headersFile, headersPatternMatches, headersRules } from '../../deploy/headersFile.ts';
import { contentTypeFor, headersFor } from '../../deploy/hostingPolicy.ts';

/** One path of each kind the site serves. */
const samplePaths = [
  '/',
  '/index.html',
  '/404.html',
  '/favicon.svg',
  '/robots.txt',
  '/sitemap-index.xml',
  '/_astro/Base.sF6sB2eY.css',
  '/pagefind/pagefind.js',
  '/pagefind/index/en_1.pf_index',
  '/data/pledges.csv',
  '/data/pledges/ill-001.json',
  '/en/',
  '/ar/pledges/ill-001/',
  '/fr/feed.xml',
  '/ar/countries/mwi/feed.xml',
  '/en/manifest.webmanifest',
];

/** The headers a static host sends for a path after the _headers rules (Cloudflare Pages' reading: every matching rule adds its headers). */
export function staticHostHeaders(rules: ReturnType<typeof headersRules>, sitePath: string): { headers: Map<string, string>; twice: string[] } {
  const headers = new Map<string, string>();
  const twice: string[] = [];
  for (const rule of rules) {
    if (!headersPatternMatches(rule.pattern, sitePath)) continue;
    for (const [name, value] of rule.headers) {
      if (headers.has(name)) twice.push(`${name} (${rule.pattern})`);
      headers.set(name, value);
    }
  }
  return { headers, twice };
}

describe('_headers for static hosts: the same headers as nginx', () => {
  const rules = headersRules(['_astro', 'ar', 'data', 'en', 'fr']);

  it('gives each kind of path exactly the headers of deploy/hostingPolicy.ts, never one header twice', () => {
    for (const sitePath of samplePaths) {
      const { headers, twice } = staticHostHeaders(rules, sitePath);
      expect(twice, `${sitePath}: a header set by two rules (hosts would join the values)`).toEqual([]);
      const policy = headersFor(sitePath, { https: true });
      for (const [name, value] of policy) expect(headers.get(name), `${sitePath}: ${name}`).toBe(value);
      const extra = [...headers.keys()].filter((name) => name !== 'Content-Type' && !policy.some(([n]) => n === name));
      expect(extra, `${sitePath}: headers the policy does not set`).toEqual([]);
      if (headers.has('Content-Type')) expect(headers.get('Content-Type')).toBe(contentTypeFor(sitePath));
    }
  });

  it('sends feeds as Atom and CSV with its charset', () => {
    expect(staticHostHeaders(rules, '/fr/countries/mwi/feed.xml').headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    expect(staticHostHeaders(rules, '/data/lists/country/mwi.csv').headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  });

  it('is a file of rules, each pattern followed by indented headers', () => {
    const text = headersFile(rules);
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/m);
    expect(text).toMatch(/^\/_astro\/\*\n {2}Cross-Origin-Resource-Policy: same-origin\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
