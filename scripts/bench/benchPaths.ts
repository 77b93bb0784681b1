/** Where the benchmark reads the project from and writes its temporary files. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (/work/main). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Everything the benchmark writes goes under tmp/bench/ (git-ignored). */
export const benchDir = path.join(projectRoot, 'tmp', 'bench');

export const benchPaths = {
  /** The real content the reference data and documents are copied from. */
  sourceContent: path.join(projectRoot, 'content'),
  /** Synthetic content (P2C_CONTENT_DIR of the benchmark build). */
  content: path.join(benchDir, 'content'),
  /** Built site (P2C_OUT_DIR of the benchmark build). */
  out: path.join(benchDir, 'dist'),
  /** Astro's cache (content data store), kept apart from node_modules/.astro of the project. */
  astroCache: path.join(benchDir, 'astro-cache'),
  /** Config file that only moves the cache; everything else comes from the project's astro.config.mjs. */
  astroConfig: path.join(benchDir, 'astro.config.bench.mjs'),
  /** The bare Astro baseline project. */
  bare: path.join(benchDir, 'bare'),
  /** CPU profiles of the astro build (--cpu-prof). */
  profiles: path.join(benchDir, 'profiles'),
  /** The table of each run, as text and JSON (small; kept). */
  results: path.join(benchDir, 'results'),
  /** Output of every child process, one file per step. */
  logs: path.join(benchDir, 'logs'),
};

/** The project's node_modules/.bin (with Node 22 in it). */
export const binDir = path.join(projectRoot, 'node_modules', '.bin');
