/**
 * Measures the built pages: for every HTML file its size gzipped (level 9)
 * and the JavaScript and CSS it loads (its <script src> and stylesheet
 * <link href> files, gzipped, plus inline <script> and <style> blocks), then
 * groups them by page template.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback, gzipSync } from 'node:zlib';
import { pagePathOf, templateOf, templateOrder } from './pageTemplates.ts';

const gzip = promisify(gzipCallback);
const gzipOptions = { level: 9 };

export interface PageMeasure {
  path: string;
  template: string;
  htmlBytes: number;
  htmlGzip: number;
  /** JavaScript the page loads, gzipped: local script files (with their static imports) and inline scripts. */
  jsGzip: number;
  cssGzip: number;
  /** Addresses of the scripts and stylesheets, and whether inline code is present. */
  scripts: string[];
  stylesheets: string[];
}

export interface TemplateSummary {
  template: string;
  pages: number;
  medianGzip: number;
  maxGzip: number;
  maxGzipPath: string;
  medianBytes: number;
  /** Largest JavaScript / CSS any page of the template loads (gzipped). */
  maxJsGzip: number;
  maxJsPath: string;
  maxCssGzip: number;
  scripts: string[];
}

export interface PagesMeasure {
  pages: PageMeasure[];
  /** index.html files (what "pages built" counts). */
  indexPages: number;
  templates: TemplateSummary[];
  medianGzip: number;
  maxGzip: number;
  maxGzipPath: string;
  medianBytes: number;
  /** Referenced local files that do not exist in the output. */
  missingAssets: string[];
  seconds: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Every file under `dir`, relative to it, skipping the folders named in `skip`. */
export function listFiles(dir: string, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.includes(child)) walk(child);
      } else out.push(child);
    }
  };
  walk('');
  return out;
}

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const styleTag = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const linkTag = /<link\b([^>]*)>/gi;
const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Gzipped sizes of local assets, read once each; JS files include what they import statically. */
class AssetSizes {
  private readonly sizes = new Map<string, number>();
  private readonly imports = new Map<string, string[]>();
  readonly missing = new Set<string>();
  private readonly outDir: string;

  constructor(outDir: string) {
    this.outDir = outDir;
  }

  /** Local file for an address relative to the page at `pagePath`; undefined for other sites. */
  resolve(url: string, pagePath: string): string | undefined {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
    const clean = url.split(/[?#]/)[0] ?? '';
    return clean.startsWith('/') ? path.posix.normalize(clean) : path.posix.normalize(`/${pagePath}${clean}`);
  }

  size(asset: string): number {
    const known = this.sizes.get(asset);
    if (known !== undefined) return known;
    const file = path.join(this.outDir, asset);
    let size = 0;
    if (existsSync(file) && statSync(file).isFile()) {
      const content = readFileSync(file);
      size = gzipSync(content, gzipOptions).length;
      if (asset.endsWith('.js') || asset.endsWith('.mjs')) {
        const text = content.toString('utf8');
        const found = [...text.matchAll(/(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bfrom\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) =>
          path.posix.normalize(path.posix.join(path.posix.dirname(asset), m[1] as string)),
        );
        this.imports.set(asset, found);
      }
    } else this.missing.add(asset);
    this.sizes.set(asset, size);
    return size;
  }

  /** The script and everything it imports statically, each counted once. */
  scriptClosure(asset: string): string[] {
    const seen = new Set<string>();
    const visit = (a: string) => {
      if (seen.has(a)) return;
      seen.add(a);
      this.size(a);
      for (const next of this.imports.get(a) ?? []) visit(next);
    };
    visit(asset);
    return [...seen];
  }
}

async function measurePage(outDir: string, file: string, assets: AssetSizes): Promise<PageMeasure> {
  const html = await readFile(path.join(outDir, file));
  const htmlGzip = (await gzip(html, gzipOptions)).length;
  const text = html.toString('utf8');
  const pagePath = pagePathOf(file);
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  let inlineJs = '';
  let inlineCss = '';
  for (const [, attrs = '', body = ''] of text.matchAll(scriptTag)) {
    const type = (attribute(attrs, 'type') ?? '').toLowerCase();
    if (!jsTypes.has(type)) continue; // JSON-LD and other data blocks are not JavaScript
    const src = attribute(attrs, 'src');
    if (src) {
      const asset = assets.resolve(src, pagePath);
      if (asset) scripts.push(...assets.scriptClosure(asset));
    } else if (body.trim()) inlineJs += body;
  }
  for (const [, body = ''] of text.matchAll(styleTag)) inlineCss += body;
  for (const [, attrs = ''] of text.matchAll(linkTag)) {
    const rel = (attribute(attrs, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(attrs, 'href');
    if (!rel.includes('stylesheet') || !href) continue;
    const asset = assets.resolve(href, pagePath);
    if (asset) stylesheets.push(asset);
  }
  const uniqueScripts = [...new Set(scripts)];
  const uniqueStyles = [...new Set(stylesheets)];
  const jsGzip = uniqueScripts.reduce((sum, a) => sum + assets.size(a), 0) + (inlineJs ? gzipSync(inlineJs, gzipOptions).length : 0);
  const cssGzip = uniqueStyles.reduce((sum, a) => sum + assets.size(a), 0) + (inlineCss ? gzipSync(inlineCss, gzipOptions).length : 0);
  if (inlineJs) uniqueScripts.push('(inline)');
  if (inlineCss) uniqueStyles.push('(inline)');
  return { path: `/${pagePath}`, template: templateOf(pagePath), htmlBytes: html.length, htmlGzip, jsGzip, cssGzip, scripts: uniqueScripts, stylesheets: uniqueStyles };
}

/** Runs `task` over `items` with at most `limit` at a time (gzip runs on libuv's thread pool). */
async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function summarizeTemplates(pages: readonly PageMeasure[]): TemplateSummary[] {
  const groups = new Map<string, PageMeasure[]>();
  for (const page of pages) {
    const list = groups.get(page.template);
    if (list) list.push(page);
    else groups.set(page.template, [page]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => templateOrder(a, b))
    .map(([template, list]) => {
      const largest = list.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
      const mostJs = list.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
      return {
        template,
        pages: list.length,
        medianGzip: median(list.map((p) => p.htmlGzip)),
        maxGzip: largest.htmlGzip,
        maxGzipPath: largest.path,
        medianBytes: median(list.map((p) => p.htmlBytes)),
        maxJsGzip: mostJs.jsGzip,
        maxJsPath: mostJs.path,
        // reduce, not Math.max(...list): a spread of 100,000 pages exceeds the call stack.
        maxCssGzip: list.reduce((most, p) => Math.max(most, p.cssGzip), 0),
        scripts: [...new Set(list.flatMap((p) => p.scripts))],
      };
    });
}

/** Measures every .html file of a built site (Pagefind's own files excluded). */
export async function measurePages(outDir: string): Promise<PagesMeasure> {
  const started = performance.now();
  const files = listFiles(outDir, ['pagefind', '_astro']).filter((f) => f.endsWith('.html'));
  const assets = new AssetSizes(outDir);
  const pages = await mapLimit(files, 8, (file) => measurePage(outDir, file, assets));
  const largest = pages.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a), pages[0] as PageMeasure);
  return {
    pages,
    indexPages: files.filter((f) => f === 'index.html' || f.endsWith('/index.html')).length,
    templates: summarizeTemplates(pages),
    medianGzip: median(pages.map((p) => p.htmlGzip)),
    maxGzip: largest?.htmlGzip ?? 0,
    maxGzipPath: largest?.path ?? '',
    medianBytes: median(pages.map((p) => p.htmlBytes)),
    missingAssets: [...assets.missing],
    seconds: (performance.now() - started) / 1000,
  };
}

/** Counts index.html files only (for the bare baseline, where nothing else is measured). */
export function countIndexPages(outDir: string): number {
  return listFiles(outDir).filter((f) => f === 'index.html' || f.endsWith('/index.html')).length;
}

/** Median raw size of a sample of index.html files of a built site (to size the bare baseline's pages). */
export function sampleMedianBytes(outDir: string): number {
  const files = listFiles(outDir, ['pagefind', '_astro']).filter((f) => f.endsWith('index.html'));
  const step = Math.max(1, Math.floor(files.length / 2000));
  return median(files.filter((_, i) => i % step === 0).map((f) => statSync(path.join(outDir, f)).size));
}
