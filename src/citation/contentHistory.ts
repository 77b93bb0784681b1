import { execFileSync } from 'node:child_process';
import { contentDir } from '../content/contentDir.ts';

/**
 * When each content file last changed, from git: the dates a citation gives as
 * "version of" and the data package gives as its date. Never the build clock,
 * never the build's "as of" date: an entry's version is the last commit that
 * touched its file(s).
 */
export interface ContentHistory {
  /** Unix time (seconds) of the last commit that changed a file (path relative to the content folder, e.g. "pledges/ill-014.yaml"). */
  lastChange(relativePath: string): number | undefined;
  /** Unix time of the last commit that changed any content file; undefined when the content is not in git. */
  latest: number | undefined;
}

/** Day (YYYY-MM-DD, UTC) of a Unix time in seconds. */
export function dayOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * Reads `git log` once for a whole folder: one entry per file, the newest commit
 * first, so the first time a path appears is its last change. Files that git does
 * not track (the benchmark's synthetic content, a folder outside a checkout) are
 * absent, and callers fall back to the entry's own dates. A shallow clone knows only
 * its own commits: its oldest commit seems to have changed every file.
 */
export function readContentHistory(dir: string, run: (args: string[]) => string | undefined = gitOutput(dir)): ContentHistory {
  const output = run(['-c', 'core.quotePath=false', 'log', '--relative', '--no-renames', '--name-only', '--format=%x00%ct', '--', '.']) ?? '';
  const changes = new Map<string, number>();
  let latest: number | undefined;
  for (const block of output.split('\0')) {
    const [stamp, ...files] = block.split('\n');
    const seconds = Number(stamp);
    if (!stamp || !Number.isFinite(seconds)) continue;
    for (const file of files) {
      if (!file || changes.has(file)) continue;
      changes.set(file, seconds);
      if (latest === undefined || seconds > latest) latest = seconds;
    }
  }
  return { lastChange: (relativePath) => changes.get(relativePath), latest };
}

function gitOutput(dir: string): (args: string[]) => string | undefined {
  return (args) => {
    try {
      return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return undefined;
    }
  };
}

// Kept on globalThis, keyed by folder: Astro loads modules twice in one build (through Vite and
// natively), and git must be read once per process for all files.
const memoKey = Symbol.for('p2c.contentHistory');
const memo = ((globalThis as Record<symbol, unknown>)[memoKey] ??= new Map<string, ContentHistory>()) as Map<string, ContentHistory>;

/** The history of the content folder (content/ or P2C_CONTENT_DIR), read once per process. */
export function contentHistory(): ContentHistory {
  const dir = contentDir();
  let history = memo.get(dir);
  if (!history) memo.set(dir, (history = readContentHistory(dir)));
  return history;
}

/** The last change of any of several files, as a day; undefined when none is in git. */
export function lastChangeDay(history: ContentHistory, paths: readonly string[]): string | undefined {
  let newest: number | undefined;
  for (const path of paths) {
    const seconds = history.lastChange(path);
    if (seconds !== undefined && (newest === undefined || seconds > newest)) newest = seconds;
  }
  return newest === undefined ? undefined : dayOf(newest);
}
