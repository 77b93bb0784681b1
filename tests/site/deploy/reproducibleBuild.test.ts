import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../support/builtSite.ts';

const root = path.resolve('.');

/** Unix time of the last commit, which `npm run build` dates the site by when SOURCE_DATE_EPOCH is unset. */
function buildEpoch(): string | undefined {
  if (process.env.SOURCE_DATE_EPOCH) return process.env.SOURCE_DATE_EPOCH;
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Every file under a folder, as relative paths. */
function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * A copy of the sources (tracked and new files, as git lists them) in a temporary folder, with
 * node_modules linked package by package (not Astro's and Vite's caches, which stay the copy's own).
 */
function copyOfSources(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'p2c-rebuild-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of listed) {
    const source = path.join(root, file);
    try {
      readFileSync(source, { flag: 'r' });
    } catch {
      continue; // deleted in the working tree
    }
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(source, path.join(copy, file));
  }
  mkdirSync(path.join(copy, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.cache', '.vite-temp'].includes(entry)) continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(copy, 'node_modules', entry));
  }
  return copy;
}

const epoch = buildEpoch();

describe('reproducible builds', () => {
  it.skipIf(!epoch)(
    'a second build of the same sources, in another folder and into another dist/, with the same SOURCE_DATE_EPOCH, is byte for byte the same as dist/',
    () => {
      const copy = copyOfSources();
      try {
        const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: epoch };
        delete env.P2C_OUT_DIR;
        const started = performance.now();
        const build = spawnSync('npm', ['run', 'build'], { cwd: copy, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        expect(build.status, `the second build failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
        console.log(`second build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
        const first = filesUnder(distDir);
        const second = filesUnder(path.join(copy, 'dist'));
        expect(second.length).toBeGreaterThan(1000);
        expect(second.filter((f) => !first.includes(f)), 'files only in the second build').toEqual([]);
        expect(first.filter((f) => !second.includes(f)), 'files only in dist/').toEqual([]);
        const differing = first.filter((file) => !readFileSync(path.join(distDir, file)).equals(readFileSync(path.join(copy, 'dist', file))));
        expect(differing, 'files whose bytes differ').toEqual([]);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
