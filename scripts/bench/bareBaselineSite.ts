/**
 * A bare Astro project, generated under tmp/bench/bare/: one dynamic route
 * whose getStaticPaths returns as many pages as our build produced, each a
 * trivial HTML document of about the same size as our median page, no
 * content collections, no integrations. Built with the project's astro
 * binary (it resolves /work/main/node_modules through the parent folders),
 * it tells how fast Astro itself renders that many pages on this machine.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchPaths } from './benchPaths.ts';
import { parseAstroLog } from './buildSite.ts';
import { runTimed, type StepResult } from './runTimed.ts';

export interface BareBuild {
  step: StepResult;
  /** Pages the baseline was asked to build. */
  pages: number;
  renderSeconds: number | undefined;
  outDir: string;
}

/** Bytes one row of the bare page adds (a <p> with a fixed filler). */
const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.';
const rowBytes = '<p>Row 00 of page 00000: </p>'.length + filler.length;

export function writeBareProject(pages: number, targetHtmlBytes: number): void {
  const root = benchPaths.bare;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
  const rows = Math.max(1, Math.round((targetHtmlBytes - 250) / rowBytes));
  writeFileSync(path.join(root, 'package.json'), `${JSON.stringify({ name: 'p2c-bench-bare', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    `// Written by scripts/bench/bareBaselineSite.ts: a bare static site, nothing configured.\n` +
      `export default { output: 'static', build: { format: 'directory' }, devToolbar: { enabled: false } };\n`,
  );
  writeFileSync(
    path.join(root, 'src', 'pages', '[...slug].astro'),
    `---
// ${pages} trivial pages of about ${targetHtmlBytes} bytes each (${rows} rows).
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: i === 0 ? undefined : 'p/' + (i + 1) }, props: { n: i + 1 } }));
}
const { n } = Astro.props;
const rows = Array.from({ length: ${rows} }, (_, i) => i);
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Page {n} · Bare baseline</title>
  </head>
  <body>
    <main>
      <h1>Page {n}</h1>
      {rows.map((i) => <p>Row {i} of page {n}: ${filler}</p>)}
    </main>
  </body>
</html>
`,
  );
}

export async function buildBareBaseline(pages: number, targetHtmlBytes: number, heapMb: number): Promise<BareBuild> {
  writeBareProject(pages, targetHtmlBytes);
  const step = await runTimed('bare-astro-build', 'astro', ['build'], {
    cwd: benchPaths.bare,
    env: { NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
    heartbeat: true,
  });
  return { step, pages, renderSeconds: parseAstroLog(step.output).renderSeconds, outDir: path.join(benchPaths.bare, 'dist') };
}
