import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { checkContent, loadValidatedContent } from '../content/loadValidatedContent.ts';
import { exportFiles } from '../export/exportFiles.ts';
import { asOfDate } from '../model/asOfDate.ts';
import { buildSiteModel } from '../model/siteModel.ts';
import type { OpenDataJob, OpenDataResult } from './openDataWorker.ts';

/**
 * Writes the open data (/data/…) and the Atom feeds next to the built pages,
 * from the same site model the pages use, and serves them in `astro dev`.
 *
 * In `astro build` the files are written by a worker thread while Astro
 * renders the pages (Astro renders on one core; the machine has more). It
 * starts at `astro:build:setup`, the first hook after Astro has emptied the
 * output folder, and the build waits for it before it ends.
 */
export function openData(): AstroIntegration {
  let site = new URL('http://localhost/');
  let outDir = '';
  let job: Promise<OpenDataResult> | undefined;
  let worker: Worker | undefined;
  return {
    name: 'p2c-open-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith('/data/') && !pathname.endsWith('/feed.xml')) return next();
          // In development the content may change between requests: read it afresh.
          const { content } = checkContent();
          const file = content ? exportFiles(buildSiteModel(content, asOfDate()), site).find((f) => f.path === pathname) : undefined;
          if (!file) return next();
          response.setHeader('content-type', file.type);
          response.end(file.render());
        });
      },
      'astro:build:setup': () => {
        if (job) return;
        const workerData: OpenDataJob = { content: loadValidatedContent(), asOf: asOfDate(), site: site.href, outDir };
        const started = new Worker(new URL('./openDataWorker.ts', import.meta.url), { workerData });
        // The build may stop early (an error in a page): the worker must not keep the process alive then.
        started.unref();
        worker = started;
        job = new Promise<OpenDataResult>((resolve) => {
          started.once('message', (result: OpenDataResult) => resolve(result));
          started.once('error', (error: unknown) => resolve({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
          started.once('exit', (code) => resolve({ ok: false, message: `the open-data worker stopped (exit code ${code}) before it finished` }));
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!job || !worker) throw new Error('p2c-open-data: the worker was not started (astro:build:setup did not run).');
        const waitStarted = performance.now();
        worker.ref();
        const result = await job;
        const waited = (performance.now() - waitStarted) / 1000;
        if (!result.ok) throw new Error(`p2c-open-data: writing the data files and feeds failed:\n${result.message}`);
        logger.info(
          `${result.files} data files and feeds written in ${result.seconds.toFixed(1)} s, alongside the pages (the build waited ${waited.toFixed(1)} s for them)`,
        );
      },
    },
  };
}
