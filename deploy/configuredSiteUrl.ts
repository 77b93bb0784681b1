import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { siteConfigFile } from '../src/config/siteConfigFile.ts';

/** The site's public address as site.config.yaml gives it (`url`), without P2C_SITE_URL. */
export function configuredSiteUrl(): string {
  const file = siteConfigFile();
  const config = load(readFileSync(file, 'utf8')) as { url?: unknown } | undefined;
  if (typeof config?.url !== 'string') throw new Error(`${file}: field "url": expected the public address of the site`);
  return config.url;
}
