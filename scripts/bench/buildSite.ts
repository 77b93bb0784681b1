/**
 * Builds the site from the synthetic content the way `npm run build` does
 * (astro build, whose content loader validates every file and whose open-data
 * integration writes /data/ and the feeds; then the search index, scripts/search-index.ts),
 * each step timed on its own. With `compareHtmlIndex`, Pagefind also indexes the built HTML
 * files the old way (`pagefind --site`, into tmp/bench/pagefind-html/), for comparison only.
 *
 * The only difference from `npm run build`: Astro is given a config file
 * under tmp/bench/ that imports the project's astro.config.mjs unchanged and
 * moves Astro's cache (the content data store) to tmp/bench/astro-cache, so
 * the benchmark neither reads nor overwrites node_modules/.astro of builds
 * running at the same time. The cache is emptied first: every run is a cold build.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir, benchPaths, projectRoot } from './benchPaths.ts';
import { runTimed, type StepResult } from './runTimed.ts';

export interface SiteBuild {
  astro: StepResult;
  /** The search index built from the site model (scripts/search-index.ts), as `npm run build` does. */
  searchIndex: StepResult | undefined;
  /** Pagefind reading the built HTML files (the former way), when asked for. */
  htmlIndex: StepResult | undefined;
  /** Pages Astro says it built ("N page(s) built": HTML pages, not feeds or other endpoints). */
  astroPages: number | undefined;
  /** Astro's phases, from its log. */
  phases: AstroLogFacts;
  ok: boolean;
}

const ansi = /\u001b\[[0-9;]*m/g;

export interface AstroLogFacts {
  pages: number | undefined;
  /** "Collecting build info": content layer sync and type generation. */
  syncSeconds: number | undefined;
  /** Vite's bundling ("[vite] ✓ built in …", summed). */
  bundleSeconds: number | undefined;
  /** "generating static routes": rendering every page and endpoint. */
  renderSeconds: number | undefined;
  /** Open data and feeds, written by a worker thread while the pages render (src/integrations/openDataIntegration.ts). */
  exportFiles: number | undefined;
  exportSeconds: number | undefined;
  /** How long the build waited for that worker once the pages were done. */
  exportWaitSeconds: number | undefined;
}

const duration = '((?:\\d+m\\s*)?[\\d.]+m?s)';

/** Reads Astro's own counts and phase times from its log. */
export function parseAstroLog(output: string): AstroLogFacts {
  const text = output.replace(ansi, '');
  const pages = /(\d+) page\(s\) built in/.exec(text);
  const sync = new RegExp(`Collecting build info[\\s\\S]*?✓ Completed in ${duration}`).exec(text);
  const render = new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${duration}`).exec(text);
  const bundles = [...text.matchAll(new RegExp(`\\[vite\\] ✓ built in ${duration}`, 'g'))].map((m) => parseDuration(m[1] ?? '') ?? 0);
  const exported = /\[p2c-open-data\] (\d+) data files and feeds written in ([\d.]+) s.*?waited ([\d.]+) s/.exec(text);
  return {
    exportFiles: exported ? Number(exported[1]) : undefined,
    exportSeconds: exported ? Number(exported[2]) : undefined,
    exportWaitSeconds: exported ? Number(exported[3]) : undefined,
    pages: pages ? Number(pages[1]) : undefined,
    syncSeconds: sync?.[1] ? parseDuration(sync[1]) : undefined,
    bundleSeconds: bundles.length ? bundles.reduce((a, b) => a + b, 0) : undefined,
    renderSeconds: render?.[1] ? parseDuration(render[1]) : undefined,
  };
}

/** Astro's durations: "804ms", "1.41s", "2m 2s". */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
}

export interface BuildOptions {
  heapMb: number;
  /** Write a CPU profile of the astro build to tmp/bench/profiles/ (node --cpu-prof). */
  cpuProf: boolean;
  /** Also index the built HTML files with `pagefind --site` (the former way), to compare. */
  compareHtmlIndex?: boolean;
}

export async function buildSite({ heapMb, cpuProf, compareHtmlIndex = false }: BuildOptions): Promise<SiteBuild> {
  rmSync(benchPaths.out, { recursive: true, force: true });
  rmSync(benchPaths.astroCache, { recursive: true, force: true });
  const projectConfig = path.relative(path.dirname(benchPaths.astroConfig), path.join(projectRoot, 'astro.config.mjs')).split(path.sep).join('/');
  writeFileSync(
    benchPaths.astroConfig,
    `// Written by scripts/bench/buildSite.ts: the project's config, with Astro's cache under tmp/bench/.\n` +
      `import config from '${projectConfig}';\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(benchPaths.astroCache)} };\n`,
  );
  const env = {
    P2C_CONTENT_DIR: benchPaths.content,
    P2C_OUT_DIR: benchPaths.out,
    NODE_OPTIONS: `--max-old-space-size=${heapMb}`,
    // The charts report their share of the build (src/charts/chartTiming.ts, scripts/bench/chartBenchRows.ts).
    P2C_CHART_TIMING: '1',
  };
  const options = { cwd: projectRoot, env, heartbeat: true };
  rmSync(benchPaths.profiles, { recursive: true, force: true });
  const profiling = cpuProf ? ` --cpu-prof --cpu-prof-dir=${benchPaths.profiles}` : '';

  const astro = await runTimed('astro-build', 'astro', ['build', '--config', path.relative(projectRoot, benchPaths.astroConfig)], {
    ...options,
    env: { ...env, NODE_OPTIONS: env.NODE_OPTIONS + profiling },
  });
  const phases = parseAstroLog(astro.output);
  // Like `npm run build`, the search index is only built after a successful astro build.
  const searchIndex = astro.exitCode === 0 ? await runTimed('search-index', 'node', ['scripts/search-index.ts', '--out', benchPaths.out], options) : undefined;
  const htmlIndex =
    astro.exitCode === 0 && compareHtmlIndex
      ? await runTimed('pagefind-html', 'pagefind', ['--site', benchPaths.out, '--output-path', path.join(benchDir, 'pagefind-html')], options)
      : undefined;
  return {
    astro,
    searchIndex,
    htmlIndex,
    astroPages: phases.pages,
    phases,
    ok: astro.exitCode === 0 && searchIndex?.exitCode === 0,
  };
}
