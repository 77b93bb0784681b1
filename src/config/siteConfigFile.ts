import path from 'node:path';

/** The site's configuration file: site.config.yaml at the project root, or P2C_SITE_CONFIG. */
export function siteConfigFile(): string {
  return path.resolve(process.env.P2C_SITE_CONFIG ?? 'site.config.yaml');
}
