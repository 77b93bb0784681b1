import { locales, type Locale } from '../src/i18n/locales.ts';
import { languageRedirect, notFoundPages } from './hostingPolicy.ts';
import { isPattern, perLanguage, type RedirectRule } from './redirectRules.ts';

/**
 * The text of dist/_redirects for static hosts (Netlify, Cloudflare Pages): the same redirects as
 * deploy/nginx.conf. Lines of three fields (from, to, status) are read by both hosts. The language
 * choice at "/" and the 404 page of each language are Netlify lines (a condition, a 404 status),
 * which Cloudflare Pages skips as invalid: there "/" is the language chooser, whose script sends
 * the reader on, and a missing page gets /404.html.
 *
 * @param builtNotFound languages whose own 404 page is built (the others fall back to /404.html).
 */
export function redirectsFile(rules: readonly RedirectRule[], builtNotFound: readonly Locale[]): string {
  const exact = rules.filter((rule) => !isPattern(rule));
  const patterns = rules.filter(isPattern).flatMap(perLanguage);
  const line = (rule: RedirectRule) => `${rule.from} ${rule.to} ${rule.status}`;
  const others = locales.filter((l) => l !== languageRedirect.defaultLocale);
  return [
    '# Redirects for static hosts, written by the build from deploy/ (hostingPolicy.ts, siteRedirects.ts);',
    '# nginx gets the same from deploy/nginx.conf and _nginx/redirects.conf. Do not edit.',
    '',
    `# Renamed entries: ${exact.length} former addresses`,
    ...exact.map(line),
    '',
    '# Page 1 of each list is the list itself',
    ...patterns.map(line),
    '',
    `# "/" in the reader's language (Netlify); elsewhere the chooser page's script does it, ${languageRedirect.defaultLocale} by default`,
    ...others.map((lang) => `/ /${lang}/ ${languageRedirect.status}! Language=${lang}`),
    '',
    '# Our 404 page per language (Netlify)',
    ...locales.filter((lang) => builtNotFound.includes(lang)).map((lang) => `/${lang}/* ${notFoundPages[lang]} 404`),
    '',
  ].join('\n');
}
