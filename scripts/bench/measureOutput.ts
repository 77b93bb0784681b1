/**
 * Sizes of the build output beyond the pages: the Pagefind search index,
 * and the files of each kind (feeds, /data/ exports, assets).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './measurePages.ts';

export interface SearchIndexMeasure {
  bytes: number;
  files: number;
  /** Files of pagefind/index/ (the word index chunks). */
  indexFiles: number;
  indexBytes: number;
  /** Files of pagefind/fragment/ (one per indexed page). */
  fragmentFiles: number;
  /** Languages Pagefind made an index for (pagefind-entry.json). */
  languages: string[];
}

export interface OutputMeasure {
  files: number;
  bytes: number;
  /** Files and bytes by kind: html, feeds, data exports, _astro assets, pagefind, other. */
  kinds: Map<string, { files: number; bytes: number }>;
}

export function measureSearchIndex(outDir: string): SearchIndexMeasure | undefined {
  const dir = path.join(outDir, 'pagefind');
  if (!existsSync(dir)) return undefined;
  const files = listFiles(dir);
  const sizeOf = (f: string) => statSync(path.join(dir, f)).size;
  const index = files.filter((f) => f.startsWith('index/'));
  let languages: string[] = [];
  try {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, unknown> };
    languages = Object.keys(entry.languages ?? {});
  } catch {
    languages = [];
  }
  return {
    bytes: files.reduce((sum, f) => sum + sizeOf(f), 0),
    files: files.length,
    indexFiles: index.length,
    indexBytes: index.reduce((sum, f) => sum + sizeOf(f), 0),
    fragmentFiles: files.filter((f) => f.startsWith('fragment/')).length,
    languages,
  };
}

function kindOf(file: string): string {
  if (file.startsWith('pagefind/')) return 'search index';
  if (file.startsWith('_astro/')) return 'assets (_astro)';
  if (file.endsWith('.html')) return 'html pages';
  if (file.endsWith('feed.xml')) return 'feeds';
  if (file.startsWith('data/charts/')) return 'chart downloads';
  if (file.startsWith('data/')) return 'data exports';
  return 'other';
}

export function measureOutput(outDir: string): OutputMeasure {
  const kinds = new Map<string, { files: number; bytes: number }>();
  let bytes = 0;
  const files = listFiles(outDir);
  for (const file of files) {
    const size = statSync(path.join(outDir, file)).size;
    bytes += size;
    const kind = kindOf(file);
    const entry = kinds.get(kind) ?? { files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += size;
    kinds.set(kind, entry);
  }
  return { files: files.length, bytes, kinds };
}
