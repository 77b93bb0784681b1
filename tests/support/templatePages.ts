import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { distDir } from './builtSite.ts';

/**
 * One page picked to stand for a page template (a route of the site) in one language.
 *
 * Templates come from the sitemap: every URL it lists is matched to the route that
 * builds it, and one page per route and language is kept (see templatePages()).
 */
export interface TemplatePage {
  /** The route, e.g. "/{lang}/pledges/{id}/", "/{lang}/pledgers/page/{n}/", "/" or "404". */
  template: string;
  /** Language of the page; null for the language-neutral pages ("/" and the 404 page). */
  lang: Locale | null;
  /** Site path to request, e.g. "/en/pledges/ill-007/". */
  path: string;
  /** HTTP status the server must answer with. */
  status: 200 | 404;
  /** Why this page was picked (for messages). */
  reason: string;
}

/** The address requested to get the 404 page (nothing is built there). */
export const missingPagePath = '/en/no-such-page-for-tests/';

const localeSet = new Set<string>(locales);

/** Site paths listed by the sitemap index and every sitemap it names, in order. */
export function sitemapPaths(): string[] {
  const index = readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = locs(index).map((url) => new URL(url).pathname);
  if (sitemaps.length === 0) throw new Error('sitemap-index.xml names no sitemap');
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const file = path.join(distDir, decodeURIComponent(sitemap));
    if (!existsSync(file)) throw new Error(`sitemap-index.xml names ${sitemap}, which is not built`);
    for (const url of locs(readFileSync(file, 'utf8'))) paths.push(decodeURI(new URL(url).pathname));
  }
  return [...new Set(paths)];
}

/** The site's public origin, as the sitemap spells it (https://partner2connect.example.org). */
export function sitemapOrigin(): string {
  const first = locs(readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8'))[0];
  if (!first) throw new Error('sitemap-index.xml is empty');
  return new URL(first).origin;
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => unescapeXml(m[1] ?? ''));
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------------------
// Routes: the site's page templates are its page routes, src/pages/**/*.astro
// (Astro's file-based routing). Reading them (never editing) means a new route is
// picked up without touching this file. Endpoints (*.ts: feeds, JSON, CSV) build
// no HTML page and are not templates.
// ---------------------------------------------------------------------------

type Segment = { kind: 'static'; value: string } | { kind: 'param'; name: string } | { kind: 'rest'; name: string };

interface Route {
  /** File under src/pages, e.g. "[lang]/pledges/[id].astro". */
  file: string;
  segments: Segment[];
}

const pageExtensions = ['.astro', '.md', '.mdx', '.html'];

function readRoutes(pagesDir = path.resolve('src/pages')): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_')) walk(full);
        continue;
      }
      const ext = pageExtensions.find((e) => entry.name.endsWith(e));
      if (!ext || entry.name.startsWith('_')) continue;
      const file = path.relative(pagesDir, full).split(path.sep).join('/');
      const parts = file.slice(0, -ext.length).split('/');
      if (parts.at(-1) === 'index') parts.pop();
      routes.push({ file, segments: parts.map(parseSegment) });
    }
  };
  if (existsSync(pagesDir)) walk(pagesDir);
  return routes;
}

function parseSegment(part: string): Segment {
  const rest = /^\[\.\.\.(.+)\]$/.exec(part);
  if (rest) return { kind: 'rest', name: rest[1] ?? 'rest' };
  const param = /^\[(.+)\]$/.exec(part);
  if (param) return { kind: 'param', name: param[1] ?? 'param' };
  return { kind: 'static', value: part };
}

/** Whether a route matches the path's segments (a rest parameter takes zero or more). */
function matches(segments: readonly Segment[], parts: readonly string[]): boolean {
  const [first, ...others] = segments;
  if (!first) return parts.length === 0;
  if (first.kind === 'rest') {
    for (let take = 0; take <= parts.length; take++) if (matches(others, parts.slice(take))) return true;
    return false;
  }
  const [part, ...remaining] = parts;
  if (part === undefined) return false;
  if (first.kind === 'static' && first.value !== part) return false;
  if (first.kind === 'param' && first.name === 'lang' && !localeSet.has(part)) return false;
  return matches(others, remaining);
}

/** Astro's priority, segment by segment: static before a named parameter before a rest parameter. */
function compareRoutes(a: Route, b: Route): number {
  const rank = (s: Segment | undefined) => (s === undefined ? 3 : s.kind === 'static' ? 0 : s.kind === 'param' ? 1 : 2);
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const diff = rank(a.segments[i]) - rank(b.segments[i]);
    if (diff !== 0) return diff;
  }
  return b.segments.length - a.segments.length;
}

function routePattern(route: Route): string {
  const shown = route.segments
    .filter((s) => s.kind !== 'rest')
    .map((s) => (s.kind === 'static' ? s.value : `{${s.name}}`));
  return shown.length ? `/${shown.join('/')}/` : '/';
}

/**
 * The template of a site path: its route's pattern ("/{lang}/pledges/{id}/"). A page of a
 * paginated list (".../page/N/", the site's pagination scheme) is a template of its own
 * ("/{lang}/pledges/page/{n}/"), since it shows pagination that page 1 may not. A path that
 * no route matches is its own template (its path with the language replaced by {lang}).
 */
export function templateOf(sitePath: string): string {
  const routes = allRoutes();
  let parts = sitePath.split('/').filter(Boolean);
  let suffix = '';
  const paged = /^(.*)\/page\/\d+\/$/.exec(sitePath);
  if (paged) {
    parts = parts.slice(0, -2);
    suffix = 'page/{n}/';
  }
  const candidates = routes.filter((route) => matches(route.segments, parts)).sort(compareRoutes);
  const best = candidates[0];
  if (best) return routePattern(best) + suffix;
  const own = parts.map((part, i) => (i === 0 && localeSet.has(part) ? '{lang}' : part));
  return `${own.length ? `/${own.join('/')}/` : '/'}${suffix}`;
}

let cachedRoutes: Route[] | undefined;
function allRoutes(): Route[] {
  cachedRoutes ??= readRoutes();
  return cachedRoutes;
}

/** The language of a site path (its first segment), or null. */
export function langOf(sitePath: string): Locale | null {
  const first = sitePath.split('/')[1] ?? '';
  return localeSet.has(first) ? (first as Locale) : null;
}

/** The same path in another language: /en/pledges/x/ → /fr/pledges/x/. */
export function inLanguage(sitePath: string, lang: Locale): string {
  return sitePath.replace(/^\/(en|fr|ar)(?=\/)/, `/${lang}`);
}

function htmlOf(sitePath: string): string {
  const file = path.join(distDir, sitePath, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

const hasFootnotes = (html: string) => /\bdata-footnotes\b|class="footnotes"/.test(html);

/**
 * One page per template and language, plus "/" and the 404 page.
 *
 * For each template the page with the most content is kept: the same page (same path after
 * the language) in every language, the one whose HTML is longest over the three languages,
 * so cross-language checks compare like with like. When that page has no footnotes but
 * another page of the template has, the longest page with footnotes is kept as well (the
 * footnote markup, links and back-links are worth checking). A page missing in one
 * language is replaced there by that language's longest page of the template.
 */
export function templatePages(): TemplatePage[] {
  cachedSelection ??= selectTemplatePages();
  return cachedSelection;
}

let cachedSelection: TemplatePage[] | undefined;

function selectTemplatePages(): TemplatePage[] {
  const byTemplate = new Map<string, string[]>();
  for (const sitePath of sitemapPaths()) {
    if (sitePath === '/') continue;
    const template = templateOf(sitePath);
    byTemplate.set(template, [...(byTemplate.get(template) ?? []), sitePath]);
  }

  const picked: TemplatePage[] = [{ template: '/', lang: null, path: '/', status: 200, reason: 'the root language chooser' }];
  for (const [template, paths] of [...byTemplate].sort(([a], [b]) => a.localeCompare(b))) {
    // Language-neutral key: the path with its language segment replaced.
    const keyOf = (p: string) => (langOf(p) ? p.replace(/^\/[^/]+/, '/{lang}') : p);
    const lengths = new Map<string, number>();
    const footnoted = new Set<string>();
    for (const p of paths) {
      const html = htmlOf(p);
      lengths.set(keyOf(p), (lengths.get(keyOf(p)) ?? 0) + html.length);
      if (hasFootnotes(html)) footnoted.add(keyOf(p));
    }
    const ranked = [...lengths].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
    const keys = [ranked[0] as string];
    const withNotes = ranked.find((key) => footnoted.has(key));
    if (withNotes && !keys.includes(withNotes)) keys.push(withNotes);

    for (const [i, key] of keys.entries()) {
      const reason = i === 0 ? `longest page of ${paths.length}` : 'longest page with footnotes';
      if (!key.startsWith('/{lang}')) {
        picked.push({ template, lang: null, path: key, status: 200, reason });
        continue;
      }
      for (const lang of locales) {
        const wanted = key.replace('{lang}', lang);
        const inLang = paths.filter((p) => langOf(p) === lang);
        if (inLang.length === 0) continue;
        const chosen = inLang.includes(wanted)
          ? wanted
          : [...inLang].sort((a, b) => htmlOf(b).length - htmlOf(a).length)[0]!;
        picked.push({ template, lang, path: chosen, status: 200, reason: chosen === wanted ? reason : 'longest page in this language' });
      }
    }
  }
  picked.push({ template: '404', lang: null, path: missingPagePath, status: 404, reason: 'a missing address' });
  return picked;
}

/** The picked page of a template in a language (throws if the site has none). */
export function templatePage(template: string, lang: Locale | null): TemplatePage {
  const found = templatePages().find((p) => p.template === template && p.lang === lang);
  if (!found) {
    const known = [...new Set(templatePages().map((p) => p.template))].join(', ');
    throw new Error(`No page of template ${template} in ${lang ?? 'no language'}; templates: ${known}`);
  }
  return found;
}

/** Templates the other tests ask for by name. */
export const templates = {
  home: '/{lang}/',
  document: '/{lang}/documents/{id}/',
  pledge: '/{lang}/pledges/{id}/',
  pledgeDirectory: '/{lang}/pledges/',
  country: '/{lang}/countries/{country}/',
} as const;

