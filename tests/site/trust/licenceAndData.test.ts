import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { routes } from '../../../src/i18n/paths.ts';
import type { DataPackage } from '../../../src/export/dataPackage.ts';
import { builtPages, readBuiltFile } from '../../support/builtSite.ts';
import { parsedFile } from '../../support/parsedSite.ts';

const site = checkContent().content!.site;
const licence = site.licences.data;
const pageOf = (sitePath: string) => parsedFile(`${sitePath.slice(1)}index.html`).document;

describe('the licence of the data, wherever it is named', () => {
  it('the data page states it, links its text and says how to credit', () => {
    for (const lang of locales) {
      const page = pageOf(routes.data(lang));
      const link = page.querySelector('[data-licence="data"] a');
      expect(link?.getAttribute('href')).toBe(licence.url);
      expect(link?.textContent).toContain(licence.name);
      const credit = page.querySelector('[data-credit]')?.textContent ?? '';
      expect(credit).toContain(site.publisher.name[lang]);
      expect(credit).toContain(licence.id);
      expect(credit).toContain(`/${lang}/data/`);
    }
  });

  it('the JSON export carries it in its metadata, with how to credit', () => {
    const file = JSON.parse(readBuiltFile('/data/v2/pledges.json')) as { licence: unknown; credit: string };
    expect(file.licence).toEqual({ id: licence.id, name: licence.name, url: licence.url });
    expect(file.credit).toContain(licence.id);
    const single = JSON.parse(readBuiltFile('/data/v2/pledges/ill-001.json')) as { licence: unknown };
    expect(single.licence).toEqual(file.licence);
  });

  it('every Atom feed states it in <rights>', () => {
    const feeds = builtPages().filter((p) => /^\/(en|fr|ar)\//.test(p)).map((p) => `${p}feed.xml`).filter((p) => {
      try {
        readBuiltFile(p);
        return true;
      } catch {
        return false;
      }
    });
    expect(feeds.length).toBeGreaterThan(30);
    for (const feed of feeds) {
      const rights = /<rights>([^<]*)<\/rights>/.exec(readBuiltFile(feed))?.[1] ?? '';
      expect(rights, feed).toContain(licence.id);
      expect(rights, feed).toContain(licence.url);
    }
  });

  it('the data package states it, for the package and for the files it covers', () => {
    const pkg = JSON.parse(readBuiltFile('/data/datapackage.json')) as DataPackage;
    expect(pkg.licenses).toEqual([{ name: licence.id, path: licence.url, title: licence.name }]);
  });

  it('the code’s licence is the LICENSE file at the root, as site.config.yaml names it', () => {
    const text = readFileSync('LICENSE', 'utf8');
    expect(text.split('\n')[0]).toBe(site.licences.code.name);
  });

  it('the data page and the licences page show the same one "how to credit" line (HowToCredit, for the chart pages too)', () => {
    const line = pageOf('/en/data/').querySelector('[data-credit]')?.textContent?.replace(/\s+/g, ' ').trim();
    const licences = pageOf('/en/licences/').querySelector('[data-credit]')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(line).toBeTruthy();
    expect(licences).toBe(line);
  });
});

describe('the data package, as built', () => {
  const pkg = JSON.parse(readBuiltFile('/data/datapackage.json')) as DataPackage;

  it('describes files that are all published, and each CSV has its schema’s fields as header', () => {
    for (const resource of pkg.resources) {
      const text = readBuiltFile(`/data/${resource.path}`);
      expect(text.length, resource.path).toBeGreaterThan(0);
      if (resource.schema) expect(csvParse(text.replace(/^\uFEFF/, '')).columns, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it('has the current format’s version, and is dated by the content, not the build clock', () => {
    expect(pkg.version).toBe('2.0.0');
    expect(Date.parse(pkg.created)).toBeLessThanOrEqual(Date.now());
    expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('keeps format 1.0.0 at its first addresses, and the data page says where each format lives', () => {
    expect((JSON.parse(readBuiltFile('/data/pledges.json')) as { schemaVersion: string }).schemaVersion).toBe('1.0.0');
    expect((JSON.parse(readBuiltFile('/data/v2/pledges.json')) as { schemaVersion: string }).schemaVersion).toBe('2.0.0');
    for (const lang of locales) {
      const page = pageOf(routes.data(lang));
      const previous = [...page.querySelectorAll('[data-previous-format] a')].map((a) => a.getAttribute('href'));
      expect(previous).toEqual(expect.arrayContaining(['/data/pledges.json', '/data/pledges.csv', '/data/pledges.schema.json']));
      const downloads = [...page.querySelectorAll('#downloads ~ ul a, section[aria-labelledby="downloads"] a')].map((a) => a.getAttribute('href'));
      expect(downloads).toEqual(expect.arrayContaining(['/data/v2/pledges.json', '/data/v2/pledges.csv', '/data/datapackage.json']));
    }
  });
});
