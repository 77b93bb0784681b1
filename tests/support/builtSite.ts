import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folder of the built site. */
export const distDir = path.resolve('dist');

/** Every built HTML file (pages, 404.html, …) as a path relative to dist, outside pagefind/ and _astro/. */
export function builtHtmlFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        files.push(path.relative(distDir, full).split(path.sep).join('/'));
      }
    }
  };
  walk(distDir);
  return files.sort();
}

/** The site path a built HTML file is served at (en/x/index.html → /en/x/; 404.html → /404.html). */
export function sitePathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Every built page served at a directory address, as site paths (/en/pledges/ill-001/). */
export function builtPages(): string[] {
  return builtHtmlFiles()
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map(sitePathOfFile)
    .sort();
}

/** The HTML of a built page, by its site path. */
export function readPage(sitePath: string): string {
  const file = path.join(distDir, sitePath, sitePath.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No built page at ${sitePath}`);
  return readFileSync(file, 'utf8');
}

/** Whether a built page exists. */
export function pageExists(sitePath: string): boolean {
  return existsSync(path.join(distDir, sitePath, 'index.html'));
}

/** A built file (not a page), by its site path. */
export function readBuiltFile(sitePath: string): string {
  return readFileSync(path.join(distDir, sitePath), 'utf8');
}
