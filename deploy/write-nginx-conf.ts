/**
 * Writes deploy/nginx.conf from deploy/hostingPolicy.ts: `npm run deploy:nginx`.
 *
 * With options it writes a copy for another server instead (the committed file is untouched):
 *   npm run deploy:nginx -- --out /etc/nginx/conf.d/partner2connect.conf --root /srv/p2c/current
 *   options: --out FILE, --root DIR, --server-name HOST, --certificate FILE, --certificate-key FILE,
 *            --access-log FILE, --no-brotli (nginx without libnginx-mod-http-brotli-filter)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { committedNginxConf, committedNginxConfFile } from './committedNginxConf.ts';
import { configuredSiteUrl } from './configuredSiteUrl.ts';
import { nginxConf, productionParams } from './nginxConf.ts';
import { firstPageRedirects } from './paginatedLists.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const known = new Set(['--out', '--root', '--server-name', '--certificate', '--certificate-key', '--access-log', '--no-brotli']);
const unknown = args.filter((a, i) => a.startsWith('--') && !known.has(a) && !(i > 0 && known.has(args[i - 1] ?? '')));
if (unknown.length > 0) {
  console.error(`Unknown option(s): ${unknown.join(' ')}. See the comment at the top of deploy/write-nginx-conf.ts.`);
  process.exit(1);
}

if (args.length === 0) {
  writeFileSync(committedNginxConfFile, committedNginxConf());
  console.log(`Wrote ${path.relative(process.cwd(), committedNginxConfFile)}`);
} else {
  const defaults = productionParams(configuredSiteUrl());
  const out = option('out');
  if (!out) {
    console.error('--out FILE is needed with other options (the committed deploy/nginx.conf is written without options).');
    process.exit(1);
  }
  const text = nginxConf(
    {
      ...defaults,
      root: option('root') ?? defaults.root,
      serverName: option('server-name') ?? defaults.serverName,
      certificate: option('certificate') ?? defaults.certificate,
      certificateKey: option('certificate-key') ?? defaults.certificateKey,
      accessLog: option('access-log') ?? defaults.accessLog,
      brotli: !args.includes('--no-brotli'),
    },
    firstPageRedirects(),
  );
  writeFileSync(out, text);
  console.log(`Wrote ${out}`);
}
