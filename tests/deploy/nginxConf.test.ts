import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { committedNginxConf, committedNginxConfFile } from '../../deploy/committedNginxConf.ts';
import { contentSecurityPolicy, securityHeaders } from '../../deploy/hostingPolicy.ts';
import { nginxConf, productionParams } from '../../deploy/nginxConf.ts';
import { firstPageRedirects } from '../../deploy/paginatedLists.ts';

describe('deploy/nginx.conf: generated from deploy/hostingPolicy.ts, never edited by hand', () => {
  it('is exactly what `npm run deploy:nginx` makes from the policy, the page routes and site.config.yaml', () => {
    expect(readFileSync(committedNginxConfFile, 'utf8') === committedNginxConf(), 'deploy/nginx.conf is stale: run npm run deploy:nginx').toBe(true);
  });

  it('serves the host of site.config.yaml, with HSTS only on the HTTPS server', () => {
    const conf = readFileSync(committedNginxConfFile, 'utf8');
    expect(conf).toContain('server_name partner2connect.example.org;');
    const [plain, secure] = conf.split('\nserver {').slice(1);
    expect(plain).toContain('return 301 https://$host$request_uri;');
    expect(plain).not.toContain('Strict-Transport-Security');
    expect(secure).toContain('add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;');
    expect(secure).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy}" always;`);
  });

  it('sets every header once, in the server, and in no location (add_header in a location would drop the server\'s)', () => {
    const conf = readFileSync(committedNginxConfFile, 'utf8');
    const secure = conf.split('\nserver {')[2] ?? '';
    const firstLocation = secure.search(/^\s*location /m);
    for (const [name] of securityHeaders) expect(secure.slice(0, firstLocation).match(new RegExp(`add_header ${name} `, 'g'))).toHaveLength(1);
    expect(secure.slice(firstLocation).includes('add_header')).toBe(false);
  });

  it('writes a copy for another server with other parameters and without brotli', () => {
    const copy = nginxConf({ ...productionParams('https://staging.example.net/'), root: '/var/www/p2c', brotli: false }, firstPageRedirects());
    expect(copy).toContain('server_name staging.example.net;');
    expect(copy).toContain('root /var/www/p2c;');
    expect(copy).toContain('include /var/www/p2c/_nginx/redirects.conf;');
    expect(copy).not.toMatch(/^\s*brotli /m);
  });
});
