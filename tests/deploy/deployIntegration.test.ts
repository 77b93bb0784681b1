import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deployFiles } from '../../src/integrations/deployIntegration.ts';

type Hook = (options: unknown) => Promise<void> | void;

/** Runs the integration's build hooks on a folder standing for dist/. */
async function runBuildDone(out: string): Promise<void> {
  const integration = deployFiles();
  const hooks = integration.hooks as Record<string, Hook>;
  await hooks['astro:config:done']!({ config: { site: 'https://partner2connect.example.org/' } });
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), pages: [], assets: new Map(), logger });
}

describe('the build\'s deployment step (src/integrations/deployIntegration.ts)', () => {
  it('writes the hosting files, then fails the build naming every captured address that no longer answers', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'p2c-dist-'));
    mkdirSync(path.join(out, 'en', 'pledges'), { recursive: true });
    writeFileSync(path.join(out, 'en', 'pledges', 'index.html'), '<!doctype html>');
    const failure = await runBuildDone(out).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(failure).toMatch(/^p2c-deploy: \d+ published address\(es\) would break/);
    expect(failure).toContain('/en/pledges/ill-029/ (sitemap-2026-11-29.txt): no page is built there and no redirect moves it');
    expect(failure).toContain('/data/pledges.csv (files-2026-11-29.txt)');
    expect(failure).not.toContain('  - /en/pledges/ (');
    for (const file of ['_headers', '_redirects', '_nginx/redirects.conf', 'robots.txt', 'en/manifest.webmanifest', 'ar/manifest.webmanifest']) expect(existsSync(path.join(out, file)), file).toBe(true);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://partner2connect.example.org/sitemap-index.xml');
  });
});
