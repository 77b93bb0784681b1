import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../support/builtSite.ts';

/** The search page's own JavaScript (its module and what it imports statically), gzipped; Pagefind's files come on top. */
function searchPageScriptBytes(lang: string): { files: string[]; bytes: number } {
  const html = readFileSync(path.join(distDir, lang, 'search', 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] as string);
  let bytes = 0;
  while (queue.length) {
    const src = queue.shift() as string;
    if (seen.has(src) || src.startsWith('/pagefind/')) continue;
    seen.add(src);
    const code = readFileSync(path.join(distDir, src), 'utf8');
    bytes += gzipSync(code, { level: 9 }).length;
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(src), m[1] as string));
  }
  return { files: [...seen], bytes };
}

describe('the search page stays light', () => {
  for (const lang of ['en', 'fr', 'ar']) {
    it(`its own JavaScript is under 25 kB gzipped (${lang}), with no inline script`, () => {
      const { files, bytes } = searchPageScriptBytes(lang);
      expect(files.length).toBeGreaterThan(0);
      expect(bytes, files.join(' ')).toBeLessThan(25_000);
      const html = readFileSync(path.join(distDir, lang, 'search', 'index.html'), 'utf8');
      expect([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1] ?? '') && (m[2] ?? '').trim()).length).toBe(0);
      expect(html).not.toMatch(/\sstyle="/);
    });
  }
});
