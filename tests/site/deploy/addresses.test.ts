import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureAddresses } from '../../../deploy/addressCheck.ts';
import { formerIdRedirects } from '../../../deploy/formerIdRedirects.ts';
import { hostingFiles, languageRedirect } from '../../../deploy/hostingPolicy.ts';
import { nginxRedirects } from '../../../deploy/nginxRedirects.ts';
import { findRedirect } from '../../../deploy/redirectRules.ts';
import { siteRedirects } from '../../../deploy/siteRedirects.ts';
import { loadValidatedContent } from '../../../src/content/loadValidatedContent.ts';
import { distDir } from '../../support/builtSite.ts';
import { requestAll, requestVia } from '../../support/nginxRequests.ts';
import { nginxSkipReason, startNginx, type NginxServer } from '../../support/nginxServer.ts';

const skip = nginxSkipReason();

describe.skipIf(skip)(`published addresses through nginx${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: NginxServer;
  beforeAll(async () => {
    server = await startNginx(distDir);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('every captured address (tests/fixtures/addresses/) answers 200, or moves (301/308) to a page that answers 200 by a generated redirect', async () => {
    const addresses = fixtureAddresses();
    expect(addresses.length).toBeGreaterThan(900);
    const rules = siteRedirects(loadValidatedContent());
    const responses = await requestAll(server, addresses.map((a) => a.address));
    const problems: string[] = [];
    for (const { address, file } of addresses) {
      const response = responses.get(address)!;
      if (address === '/') {
        // The language chooser: a temporary redirect that depends on Accept-Language.
        if (response.status !== languageRedirect.status) problems.push(`/ (${file}): ${response.status}`);
        continue;
      }
      if (response.status === 200) continue;
      if (response.status !== 301 && response.status !== 308) {
        problems.push(`${address} (${file}): ${response.status}`);
        continue;
      }
      const location = response.headers.location ?? '';
      const generated = findRedirect(address, rules);
      if (generated?.to !== location) problems.push(`${address} (${file}): moved to ${location}, but no generated redirect says so`);
      const target = await requestVia(server, location);
      if (target.status !== 200) problems.push(`${address} (${file}): moved to ${location}, which answers ${target.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('page 1 of every list moves to the list itself (301)', async () => {
    for (const [from, to] of [
      ['/en/pledges/page/1/', '/en/pledges/'],
      ['/ar/pledges/largest/page/1/', '/ar/pledges/largest/'],
      ['/fr/countries/mwi/page/1/', '/fr/countries/mwi/'],
      ['/en/pledgers/northwind-fibre-collective/page/1/', '/en/pledgers/northwind-fibre-collective/'],
    ]) {
      const response = await requestVia(server, from!);
      expect([from, response.status, response.headers.location]).toEqual([from, 301, to]);
    }
  });
});

describe.skipIf(skip)(`renamed entries through nginx${skip ? ` (skipped: ${skip})` : ''}`, () => {
  // The shipped content renames nothing yet: a copy of the site (links to dist/) with the
  // redirects the build writes for a pledger, a pledge and a document published under other ids.
  let server: NginxServer;
  let root: string;
  const content = loadValidatedContent();
  const pledger = content.organisations[0]!.id;
  const pledge = content.pledges[0]!.id;
  const document = content.documents[0]!.id;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'p2c-renamed-'));
    for (const entry of readdirSync(distDir)) if (entry !== '_nginx') symlinkSync(path.join(distDir, entry), path.join(root, entry));
    const rules = formerIdRedirects({
      pledges: [{ id: pledge, formerIds: ['old-pledge-id'] }],
      organisations: [{ id: pledger, formerIds: ['old-pledger-id-with-a-rather-long-name-of-many-words'] }],
      documents: [{ id: document, meta: { formerIds: ['old-document-id'] } }],
    });
    mkdirSync(path.join(root, '_nginx'));
    writeFileSync(path.join(root, hostingFiles.nginxRedirects), nginxRedirects(rules));
    server = await startNginx(root);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('each former address answers 301 to the current one, which answers 200 with the site\'s headers', async () => {
    const moves = [
      ['/fr/pledgers/old-pledger-id-with-a-rather-long-name-of-many-words/', `/fr/pledgers/${pledger}/`],
      ['/ar/pledgers/old-pledger-id-with-a-rather-long-name-of-many-words/feed.xml', `/ar/pledgers/${pledger}/feed.xml`],
      ['/data/lists/pledger/old-pledger-id-with-a-rather-long-name-of-many-words.csv', `/data/lists/pledger/${pledger}.csv`],
      ['/en/pledges/old-pledge-id/', `/en/pledges/${pledge}/`],
      ['/data/pledges/old-pledge-id.json', `/data/pledges/${pledge}.json`],
      ['/ar/documents/old-document-id/', `/ar/documents/${document}/`],
    ];
    for (const [from, to] of moves) {
      const response = await requestVia(server, from!);
      expect([from, response.status, response.headers.location]).toEqual([from, 301, to]);
      expect(response.headers['content-security-policy']).toBeTruthy();
      expect((await requestVia(server, to!)).status, to).toBe(200);
    }
  });
});
