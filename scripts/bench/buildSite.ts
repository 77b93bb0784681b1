/**
 * Builds the site from the synthetic content the way `npm run build` does
 * (content check, astro build, pagefind), each step timed on its own.
 *
 * The only difference from `npm run build`: Astro is given a config file
 * under tmp/bench/ that imports the project's astro.config.mjs unchanged and
 * moves Astro's cache (the content data store) to tmp/bench/astro-cache, so
 * the benchmark neither reads nor overwrites node_modules/.astro of builds
 * running at the same time. The cache is emptied first: every run is a cold build.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchPaths, projectRoot } from './benchPaths.ts';
import { runTimed, type StepResult } from './runTimed.ts';

export interface SiteBuild {
  check: StepResult;
  astro: StepResult;
  pagefind: StepResult | undefined;
  /** Pages Astro says it built (its own count, including non-HTML endpoints). */
  astroPages: number | undefined;
  /** Seconds Astro reports for generating the static routes (the page rendering phase). */
  renderSeconds: number | undefined;
  ok: boolean;
}

const ansi = /\u001b\[[0-9;]*m/g;

/** Reads Astro's own counts and phase times from its log. */
export function parseAstroLog(output: string): { pages: number | undefined; renderSeconds: number | undefined } {
  const text = output.replace(ansi, '');
  const pages = /(\d+) page\(s\) built in/.exec(text);
  const render = /generating static routes[\s\S]*?✓ Completed in ((?:\d+m\s*)?[\d.]+m?s)/.exec(text);
  return { pages: pages ? Number(pages[1]) : undefined, renderSeconds: render?.[1] ? parseDuration(render[1]) : undefined };
}

/** Astro's durations: "804ms", "1.41s", "2m 2s". */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
}

export async function buildSite(heapMb: number): Promise<SiteBuild> {
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
  };
  const options = { cwd: projectRoot, env, heartbeat: true };

  const check = await runTimed('check-content', 'node', ['scripts/check-content.ts', '--quiet'], options);
  const astro = await runTimed('astro-build', 'astro', ['build', '--config', path.relative(projectRoot, benchPaths.astroConfig)], options);
  const { pages, renderSeconds } = parseAstroLog(astro.output);
  // Like `npm run build`, pagefind only runs after a successful astro build.
  const pagefind = astro.exitCode === 0 ? await runTimed('pagefind', 'pagefind', ['--site', benchPaths.out], options) : undefined;
  return {
    check,
    astro,
    pagefind,
    astroPages: pages,
    renderSeconds,
    ok: check.exitCode === 0 && astro.exitCode === 0 && pagefind?.exitCode === 0,
  };
}
