import path from 'node:path';
import { configuredSiteUrl } from './configuredSiteUrl.ts';
import { nginxConf, productionParams } from './nginxConf.ts';
import { firstPageRedirects } from './paginatedLists.ts';

/** Where the generated configuration is committed. */
export const committedNginxConfFile = path.resolve(import.meta.dirname, 'nginx.conf');

/** The text deploy/nginx.conf must have: the production parameters with site.config.yaml's host. */
export function committedNginxConf(): string {
  return nginxConf(productionParams(configuredSiteUrl()), firstPageRedirects(path.resolve(import.meta.dirname, '..', 'src', 'pages')));
}
