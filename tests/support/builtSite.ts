import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folder of the built site. */
export const distDir = path.resolve('dist');

/** Every built HTML page, as site paths (/en/pledges/ill-001/). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name === 'index.html') {
        const relative = path.relative(distDir, path.dirname(full)).split(path.sep).join('/');
        pages.push(relative ? `/${relative}/` : '/');
      }
    }
  };
  walk(distDir);
  return pages.sort();
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
