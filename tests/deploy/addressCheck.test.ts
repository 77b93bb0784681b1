import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shadowingRedirects, unansweredAddresses } from '../../deploy/addressCheck.ts';
import type { RedirectRule } from '../../deploy/redirectRules.ts';

function site(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'p2c-addresses-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x');
  }
  return dir;
}

const rules: RedirectRule[] = [
  { from: '/en/pledgers/old/', to: '/en/pledgers/new/', status: 301, reason: 'organisation old is now new' },
  { from: '/en/pledgers/gone/', to: '/en/pledgers/missing/', status: 301, reason: 'organisation gone is now missing' },
  { from: '/:lang/pledges/page/1/', to: '/:lang/pledges/', status: 301, reason: 'page 1 of a list is the list itself' },
];

describe('the build\'s check of captured addresses', () => {
  const root = site(['en/pledges/index.html', 'en/pledgers/new/index.html', 'data/pledges.csv']);
  const at = (address: string) => [{ address, file: 'sitemap-2026-11-29.txt' }];

  it('accepts a built page or file, and a redirect to one', () => {
    expect(unansweredAddresses(root, [...at('/en/pledges/'), ...at('/data/pledges.csv'), ...at('/en/pledgers/old/'), ...at('/en/pledges/page/1/')], rules)).toEqual([]);
  });

  it('names an address with no page and no redirect, and one whose redirect leads nowhere', () => {
    expect(unansweredAddresses(root, at('/en/pledgers/removed/'), rules)).toEqual(['/en/pledgers/removed/ (sitemap-2026-11-29.txt): no page is built there and no redirect moves it']);
    expect(unansweredAddresses(root, at('/en/pledgers/gone/'), rules)).toEqual([
      '/en/pledgers/gone/ (sitemap-2026-11-29.txt): redirects to /en/pledgers/missing/ (organisation gone is now missing), where nothing is built',
    ]);
  });

  it('names a redirect that would hide a built page', () => {
    expect(shadowingRedirects(root, [{ from: '/en/pledgers/new/', to: '/en/pledgers/other/', status: 301, reason: 'r' }])).toEqual(['/en/pledgers/new/ → /en/pledgers/other/ (r): a page is built at /en/pledgers/new/']);
  });
});
