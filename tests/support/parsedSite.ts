import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir } from './builtSite.ts';
import { builtHtmlFiles, sitePathOfFile } from './builtSite.ts';
import { sitemapOrigin } from './templatePages.ts';

/** A built HTML page parsed into a DOM (linkedom), with its ids. */
export interface ParsedPage {
  /** File under dist, e.g. "en/pledges/ill-001/index.html". */
  file: string;
  /** Site path it is served at, e.g. "/en/pledges/ill-001/". */
  sitePath: string;
  document: Document;
  ids: Set<string>;
}

const cache = new Map<string, ParsedPage>();

/** Parses a built HTML file (cached). */
export function parsedFile(file: string): ParsedPage {
  let page = cache.get(file);
  if (!page) {
    const { document } = parseHTML(readFileSync(path.join(distDir, file), 'utf8'));
    const ids = new Set<string>();
    for (const element of document.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');
    page = { file, sitePath: sitePathOfFile(file), document: document as unknown as Document, ids };
    cache.set(file, page);
  }
  return page;
}

/** Every built HTML page, parsed. */
export function parsedSite(): ParsedPage[] {
  return builtHtmlFiles().map(parsedFile);
}

/** The site's public origin (from the sitemap): absolute links to it are internal links. */
export const siteOrigin = sitemapOrigin();

/**
 * The built file a site path is served from, the way a static host serves it: "/x/" is
 * x/index.html, "/x.csv" is that file, "/x" is x/index.html when x is a folder. Null when
 * nothing is built there.
 */
export function builtFileFor(sitePath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return null;
  }
  const full = path.join(distDir, decoded);
  if (!full.startsWith(distDir)) return null;
  if (decoded.endsWith('/')) return existsSync(path.join(full, 'index.html')) ? path.relative(distDir, path.join(full, 'index.html')).split(path.sep).join('/') : null;
  if (existsSync(full) && statSync(full).isFile()) return path.relative(distDir, full).split(path.sep).join('/');
  if (existsSync(path.join(full, 'index.html'))) return path.relative(distDir, path.join(full, 'index.html')).split(path.sep).join('/');
  return null;
}

/** A short description of an element for messages: <a href="…" hreflang="…"> "text". */
export function describeElement(element: Element): string {
  const attrs = ['href', 'src', 'action', 'hreflang', 'lang', 'rel']
    .filter((name) => element.hasAttribute(name))
    .map((name) => `${name}="${element.getAttribute(name)}"`)
    .join(' ');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${element.tagName.toLowerCase()}${attrs ? ` ${attrs}` : ''}>${text ? ` "${text}"` : ''}`;
}
