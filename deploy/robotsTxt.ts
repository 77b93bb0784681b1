/** robots.txt: every page may be crawled; the sitemap index (absolute, from the site's address) lists them in each language. */
export function robotsTxt(site: URL): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n');
}
