import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedTypes, contentTypeFor, extensionOf, headersFor, hostingFiles, notFoundPages } from '../../../deploy/hostingPolicy.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { distDir } from '../../support/builtSite.ts';
import { requestAll, requestVia, type RawResponse } from '../../support/nginxRequests.ts';
import { nginxSkipReason, startNginx, type NginxServer } from '../../support/nginxServer.ts';

/** Every file of the build with the site path nginx serves it at (x/index.html at x/), hosting files aside. */
function servedPaths(): { sitePath: string; file: string }[] {
  const found: { sitePath: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = `/${path.relative(distDir, full).split(path.sep).join('/')}`;
        if (Object.values(hostingFiles).includes(rel as never)) continue;
        found.push({ sitePath: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file: full });
      }
    }
  };
  walk(distDir);
  return found.filter(({ sitePath }) => sitePath !== '/').sort((a, b) => (a.sitePath < b.sitePath ? -1 : 1));
}

const skip = nginxSkipReason();

describe.skipIf(skip)(`nginx with deploy/nginx.conf serving dist/${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: NginxServer;
  beforeAll(async () => {
    server = await startNginx(distDir);
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** The page the HTTP Observatory scans: the home page after "/" picks a language. */
  const scanned = () => requestVia(server, '/en/');

  describe('Mozilla HTTP Observatory rules (an A+ needs 100 points and more; each rule below loses none)', () => {
    it('redirection: http:// answers with a redirect to https:// on the same host, first thing', async () => {
      for (const sitePath of ['/', '/en/pledges/?q=x']) {
        const first = await requestVia(server, sitePath, { http: true });
        expect([301, 308]).toContain(first.status);
        const location = new URL(first.headers.location ?? '');
        expect(location.protocol).toBe('https:');
        expect(location.hostname).toBe(new URL(server.httpOrigin).hostname);
        expect(location.pathname + location.search).toBe(sitePath);
      }
    });

    it('strict-transport-security: HTTPS responses carry HSTS for at least six months (15,768,000 s)', async () => {
      const hsts = (await scanned()).headers['strict-transport-security'] ?? '';
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(15_768_000);
    });

    it('content-security-policy: sent as a header, no unsafe-inline or unsafe-eval, default-src self, objects none, base-uri and form-action restricted, no insecure or wildcard source', async () => {
      const csp = (await scanned()).headers['content-security-policy'] ?? '';
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values]));
      const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
      const styleSrc = directives.get('style-src') ?? directives.get('default-src') ?? [];
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(styleSrc).not.toContain("'unsafe-inline'");
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      expect(directives.get('form-action')).toEqual(["'self'"]);
      for (const [name, values] of directives) {
        for (const value of values) expect(['*', 'http:', 'https:', 'ftp:'].includes(value) || value.startsWith('http://'), `${name} ${value}`).toBe(false);
      }
      expect(scriptSrc.some((v) => v === 'data:' || v === 'blob:')).toBe(false);
    });

    it('cookies: no response sets a cookie', async () => {
      for (const sitePath of ['/', '/en/', '/en/search/', '/data/pledges.json', '/en/feed.xml', '/en/no-such-page/']) {
        expect((await requestVia(server, sitePath)).headers['set-cookie'], sitePath).toBeUndefined();
      }
    });

    it('cross-origin-resource-sharing: pages are not shared; open data is shared with every site but never with credentials or a reflected origin', async () => {
      const origin = { origin: 'https://other.example' };
      expect((await requestVia(server, '/en/', { headers: origin })).headers['access-control-allow-origin']).toBeUndefined();
      for (const sitePath of ['/data/pledges.json', '/en/feed.xml']) {
        const response = await requestVia(server, sitePath, { headers: origin });
        expect(response.headers['access-control-allow-origin']).toBe('*');
        expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      }
      for (const policyFile of ['/crossdomain.xml', '/clientaccesspolicy.xml']) expect((await requestVia(server, policyFile)).status).toBe(404);
    });

    it('referrer-policy: a private policy (no-referrer: no address leaves the site)', async () => {
      expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain((await scanned()).headers['referrer-policy']);
      expect((await scanned()).headers['referrer-policy']).toBe('no-referrer');
    });

    it('subresource-integrity: every script of every page comes from the site itself over HTTPS (no SRI needed)', () => {
      const html = servedPaths().filter((p) => p.sitePath.endsWith('/') || p.sitePath.endsWith('.html'));
      expect(html.length).toBeGreaterThan(100);
      for (const { sitePath, file } of html) {
        for (const [, src] of readFileSync(file, 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) {
          expect(src?.startsWith('/') && !src.startsWith('//'), `${sitePath}: <script src="${src}">`).toBe(true);
        }
      }
    });

    it('x-content-type-options: nosniff', async () => {
      expect((await scanned()).headers['x-content-type-options']).toBe('nosniff');
    });

    it("x-frame-options: DENY, and frame-ancestors 'none' in the CSP (the bonus form)", async () => {
      const response = await scanned();
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('cross-origin-resource-policy: a valid value (same-origin for pages, cross-origin for open data)', async () => {
      expect((await scanned()).headers['cross-origin-resource-policy']).toBe('same-origin');
      expect((await requestVia(server, '/data/pledges.csv')).headers['cross-origin-resource-policy']).toBe('cross-origin');
    });

    it('score: 100, plus the bonuses of referrer-policy (+5) and frame-ancestors (+5), minus nothing: A+ (100 and more)', async () => {
      const headers = (await scanned()).headers;
      const csp = headers['content-security-policy'] ?? '';
      // The Observatory's modifiers for what the rules above found (a penalty would be negative).
      const modifiers: Record<string, number> = {
        'content-security-policy': csp.includes("default-src 'none'") ? 10 : /'unsafe-(inline|eval)'/.test(csp) ? -20 : 0,
        cookies: headers['set-cookie'] ? -40 : 0,
        'cross-origin-resource-sharing': headers['access-control-allow-origin'] && headers['access-control-allow-origin'] !== '*' ? -50 : 0,
        redirection: 0,
        'referrer-policy': ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(headers['referrer-policy'] ?? '') ? 5 : 0,
        'strict-transport-security': Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1] ?? 0) >= 15_768_000 ? 0 : -20,
        'subresource-integrity': 0,
        'x-content-type-options': headers['x-content-type-options'] === 'nosniff' ? 0 : -5,
        'x-frame-options': csp.includes("frame-ancestors 'none'") ? 5 : headers['x-frame-options'] ? 0 : -20,
        'cross-origin-resource-policy': ['same-origin', 'same-site', 'cross-origin'].includes(headers['cross-origin-resource-policy'] ?? '') ? 0 : -5,
      };
      const score = 100 + Object.values(modifiers).reduce((sum, m) => sum + m, 0);
      expect(Object.entries(modifiers).filter(([, m]) => m < 0)).toEqual([]);
      expect(score).toBe(110);
    });
  });

  describe('every built file, as served', () => {
    let responses: Map<string, RawResponse>;
    const files = servedPaths();
    beforeAll(async () => {
      responses = await requestAll(server, files.map((f) => f.sitePath));
    });

    it('answers 200 with exactly the headers of deploy/hostingPolicy.ts for its path (caching, CORS, CORP, security)', () => {
      const wrong: string[] = [];
      for (const { sitePath } of files) {
        const response = responses.get(sitePath)!;
        if (response.status !== 200) wrong.push(`${sitePath}: status ${response.status}`);
        for (const [name, value] of headersFor(sitePath, { https: true })) {
          if (response.headers[name.toLowerCase()] !== value) wrong.push(`${sitePath}: ${name} is ${response.headers[name.toLowerCase()] ?? 'missing'}, expected ${value}`);
        }
        if (response.headers['set-cookie']) wrong.push(`${sitePath}: sets a cookie`);
      }
      expect(wrong.slice(0, 20)).toEqual([]);
    });

    it('has its content type: .csv and texts with charset=utf-8, feeds as Atom, .wasm, .pf_* and .webmanifest', () => {
      const wrong = files
        .map(({ sitePath }) => ({ sitePath, type: responses.get(sitePath)!.headers['content-type'] }))
        .filter(({ sitePath, type }) => type !== contentTypeFor(sitePath))
        .map(({ sitePath, type }) => `${sitePath}: ${type}, expected ${contentTypeFor(sitePath)}`);
      expect(wrong.slice(0, 20)).toEqual([]);
      const typeOf = (ext: string) => files.find((f) => extensionOf(f.sitePath) === ext && !f.sitePath.endsWith('/feed.xml'))?.sitePath;
      expect(responses.get(typeOf('csv')!)?.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(responses.get('/en/feed.xml')?.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      expect(responses.get(typeOf('pf_meta')!)?.headers['content-type']).toBe('application/octet-stream');
      expect(responses.get('/en/manifest.webmanifest')?.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    });

    it('every kind of file the build writes has a content type of its own in the policy (none falls to octet-stream by accident)', () => {
      const unknown = [...new Set(files.map((f) => extensionOf(f.sitePath)).filter((ext) => ext && contentTypeFor(`/x.${ext}`) === 'application/octet-stream' && !['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind'].includes(ext)))];
      expect(unknown).toEqual([]);
    });

    it('caches hashed assets for a year, the search index for five minutes, and makes everything else revalidate', () => {
      const cache = (p: string) => responses.get(p)?.headers['cache-control'];
      const first = (prefix: string) => files.find((f) => f.sitePath.startsWith(prefix))!.sitePath;
      expect(cache(first('/_astro/'))).toBe('public, max-age=31536000, immutable');
      expect(cache('/pagefind/pagefind-entry.json')).toBe('public, max-age=300');
      for (const p of ['/en/', '/data/pledges.json', '/en/feed.xml', '/robots.txt', '/favicon.svg']) expect(cache(p), p).toBe('no-cache');
      expect(responses.get('/en/')?.headers.etag).toBeTruthy();
    });
  });

  describe('compression', () => {
    /** One file of each compressible kind, and what compression makes of it. */
    const samples = ['/en/pledges/', '/ar/documents/council-23-un-cooperation-report/', '/_astro/', '/data/pledges.json', '/data/pledges.csv', '/en/feed.xml', '/sitemap-0.xml', '/favicon.svg', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/en/manifest.webmanifest'];
    // The largest stylesheet: nginx leaves files under its gzip_min_length uncompressed.
    const resolve = (p: string) =>
      p === '/_astro/' ? servedPaths().filter((f) => f.sitePath.startsWith('/_astro/') && f.sitePath.endsWith('.css')).sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0]!.sitePath : p;

    it('gzips HTML, CSS, JS, JSON, CSV, XML, SVG and the search index scripts and metadata; the same bytes come out', async () => {
      const rows: string[] = [];
      for (const sample of samples.map(resolve)) {
        const plain = await requestVia(server, sample);
        const gzip = await requestVia(server, sample, { headers: { 'accept-encoding': 'gzip' } });
        expect(gzip.headers['content-encoding'], sample).toBe('gzip');
        expect(gzip.headers.vary, sample).toContain('Accept-Encoding');
        expect(gunzipSync(gzip.body).equals(plain.body), sample).toBe(true);
        rows.push(`${sample.padEnd(52)} ${String(plain.body.length).padStart(7)} → gzip ${String(gzip.body.length).padStart(6)} (${((100 * gzip.body.length) / plain.body.length).toFixed(0)} %)`);
      }
      console.log(`Compression by nginx (gzip level 6):\n${rows.join('\n')}`);
    });

    it('sends brotli where the module is loaded (smaller than gzip on text)', async (context) => {
      if (!server.brotli) context.skip('nginx has no brotli filter module here');
      const rows: string[] = [];
      for (const sample of samples.map(resolve)) {
        const plain = await requestVia(server, sample);
        const gzip = await requestVia(server, sample, { headers: { 'accept-encoding': 'gzip' } });
        const br = await requestVia(server, sample, { headers: { 'accept-encoding': 'br, gzip' } });
        expect(br.headers['content-encoding'], sample).toBe('br');
        expect(brotliDecompressSync(br.body).equals(plain.body), sample).toBe(true);
        rows.push(`${sample.padEnd(52)} ${String(plain.body.length).padStart(7)} → br ${String(br.body.length).padStart(6)} (${((100 * br.body.length) / plain.body.length).toFixed(0)} %; gzip ${((100 * gzip.body.length) / plain.body.length).toFixed(0)} %)`);
      }
      console.log(`Compression by nginx (brotli level 5):\n${rows.join('\n')}`);
    });

    it("does not compress Pagefind's index files again (they are gzip data already; compressing would grow them)", async () => {
      const index = servedPaths().find((f) => f.sitePath.endsWith('.pf_index'))!.sitePath;
      const response = await requestVia(server, index, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(compressedTypes).not.toContain('application/octet-stream');
    });
  });

  describe('addresses', () => {
    it('a missing page answers 404 with our 404 page of its language (the root one while a language has none)', async () => {
      for (const lang of locales) {
        const response = await requestVia(server, `/${lang}/no-such-page/`);
        expect(response.status).toBe(404);
        const own = path.join(distDir, notFoundPages[lang], 'index.html');
        const expected = existsSync(own) ? own : path.join(distDir, notFoundPages.root);
        expect(response.body.toString('utf8')).toBe(readFileSync(expected, 'utf8'));
        expect(response.headers['content-security-policy']).toBeTruthy();
      }
      const outside = await requestVia(server, '/no-such-file.json');
      expect(outside.status).toBe(404);
      expect(outside.body.toString('utf8')).toBe(readFileSync(path.join(distDir, notFoundPages.root), 'utf8'));
    });

    it('hosting files are not served', async () => {
      for (const file of Object.values(hostingFiles)) expect((await requestVia(server, file)).status, file).toBe(404);
    });

    it('"/" sends the reader to the first of their languages the site has (English by default), with Vary: Accept-Language', async () => {
      const cases: [string | undefined, string][] = [
        ['fr-CA,fr;q=0.9,en;q=0.8', '/fr/'],
        ['ar', '/ar/'],
        ['de-DE, ar;q=0.7, fr;q=0.5', '/ar/'],
        ['FR', '/fr/'],
        ['en-GB, fr', '/en/'],
        ['de, es', '/en/'],
        ['*', '/en/'],
        [undefined, '/en/'],
      ];
      for (const [accept, target] of cases) {
        const response = await requestVia(server, '/', { headers: accept ? { 'accept-language': accept } : {} });
        expect([accept, response.status, response.headers.location]).toEqual([accept, 302, target]);
        expect(response.headers.vary).toContain('Accept-Language');
      }
    });

    it('a directory address without its slash gets it (301), keeping scheme, host and port', async () => {
      const response = await requestVia(server, '/en/pledges');
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe('/en/pledges/');
    });
  });

  describe('privacy of the logs', () => {
    it('the access log has the path of each request but never its query string (searches stay private)', async () => {
      const secret = 'confidential-query-7ac1';
      await requestVia(server, `/en/search/?q=${secret}`);
      await requestVia(server, `/fr/no-such-page/?q=${secret}`);
      await requestVia(server, `/data/pledges.json?${secret}`, { http: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const log = server.accessLog();
      expect(log).toContain('"GET /en/search/ HTTP/1.1" 200');
      expect(log).toContain('"GET /fr/no-such-page/ HTTP/1.1" 404');
      expect(log).not.toContain(secret);
      expect(server.errorLog()).not.toContain(secret);
      // Addresses are masked (127.0.0.1 → 127.0.0.0) and no referrer is kept.
      expect(log).not.toContain('127.0.0.1');
    });
  });
});
