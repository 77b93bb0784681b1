import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, loadValidatedContent } from '../content/loadValidatedContent.ts';
import { exportFiles } from '../export/exportFiles.ts';
import { buildDate } from '../model/buildDate.ts';
import { buildSiteModel } from '../model/siteModel.ts';

/**
 * Writes the open data (/data/…) and the Atom feeds next to the built pages,
 * from the same site model the pages use, and serves them in `astro dev`.
 */
export function openData(): AstroIntegration {
  let site = new URL('http://localhost/');
  return {
    name: 'p2c-open-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = new URL(config.site);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith('/data/') && !pathname.endsWith('/feed.xml')) return next();
          // In development the content may change between requests: read it afresh.
          const { content } = checkContent();
          const file = content ? exportFiles(buildSiteModel(content, buildDate()), site).find((f) => f.path === pathname) : undefined;
          if (!file) return next();
          response.setHeader('content-type', file.type);
          response.end(file.render());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const model = buildSiteModel(loadValidatedContent(), buildDate());
        const out = fileURLToPath(dir);
        const files = exportFiles(model, site);
        for (const file of files) {
          const target = path.join(out, file.path);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, file.render());
        }
        logger.info(`${files.length} data files and feeds written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
