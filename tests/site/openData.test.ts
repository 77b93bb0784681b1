import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser.ts';
import { readBuiltFile } from '../support/builtSite.ts';
import { memberOn, rawPledges, usd } from '../support/independentTotals.ts';

interface ExportFile {
  schemaVersion: string;
  notice: string;
  count: number;
  pledges: { id: string; valueUsd: number | null; countries: string[]; status: string; illustrative: boolean; targetsLdc: boolean }[];
}
// The current format (2.0.0, under /data/v2/); format 1.0.0 stays at /data/pledges.json (tests/unit/export).
const json = JSON.parse(readBuiltFile('/data/v2/pledges.json')) as ExportFile;
const csv = csvParse(readBuiltFile('/data/v2/pledges.csv').replace(/^\uFEFF/, ''));

describe('open data', () => {
  it('the JSON holds every pledge with its US-dollar value and a schema version', () => {
    expect(json.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.count).toBe(rawPledges.length);
    const byId = new Map(json.pledges.map((p) => [p.id, p]));
    for (const pledge of rawPledges) {
      const record = byId.get(pledge.id);
      expect(record, pledge.id).toBeDefined();
      expect(record?.valueUsd ?? 0).toBeCloseTo(usd(pledge), 2);
    }
  });

  it('the CSV holds the same pledges and values as the JSON, one row each', () => {
    expect(csv).toHaveLength(json.pledges.length);
    json.pledges.forEach((record, index) => {
      const row = csv[index]!;
      expect(row.id).toBe(record.id);
      expect(row.valueUsd === '' ? null : Number(row.valueUsd)).toBe(record.valueUsd);
      expect(row.countries).toBe(record.countries.join(';'));
      expect(row.status).toBe(record.status);
      expect(row.targetsLdc).toBe(String(record.targetsLdc));
    });
  });

  it('derives LDC, LLDC and SIDS targeting from the membership in force when each pledge was announced', () => {
    for (const record of json.pledges as (ExportFile["pledges"][number] & { targetsLldc: boolean; targetsSids: boolean; announcedDate: string })[]) {
      const member = (group: string) => record.countries.some((code) => memberOn(code, group, record.announcedDate));
      expect(record.targetsLdc, record.id).toBe(member('ldc'));
      expect(record.targetsLldc, record.id).toBe(member('lldc'));
      expect(record.targetsSids, record.id).toBe(member('sids'));
    }
    expect(json.pledges.filter((p) => p.targetsLdc).length).toBeGreaterThan(0);
  });

  it('labels every record illustrative, in the data itself', () => {
    expect(json.notice).toMatch(/illustrative/i);
    expect(json.pledges.every((p) => p.illustrative)).toBe(true);
    expect(csv.every((row) => row.illustrative === 'true')).toBe(true);
  });

  it('publishes one JSON file per pledge matching its record in the full export', () => {
    for (const record of json.pledges) {
      const single = JSON.parse(readBuiltFile(`/data/v2/pledges/${record.id}.json`)) as { schemaVersion: string; pledge: unknown };
      expect(single.schemaVersion).toBe(json.schemaVersion);
      expect(single.pledge).toEqual(record);
    }
  });

  it('publishes a JSON Schema of the export', () => {
    const schema = JSON.parse(readBuiltFile('/data/pledges.schema.json')) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(schema.properties)).toContain('pledges');
  });
});

describe('Atom feeds', () => {
  const session = useBrowserSession();

  it('are well-formed XML with entries that say what changed', async () => {
    const { page, origin } = session;
    await page.goto(`${origin}/en/`);
    for (const feed of ['/en/feed.xml', '/fr/feed.xml', '/ar/feed.xml', '/en/focus-areas/access/feed.xml', '/fr/countries/mwi/feed.xml', '/ar/pledgers/northwind-fibre-collective/feed.xml']) {
      const result = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
        return {
          status: response.status,
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          namespace: doc.documentElement.namespaceURI,
          entries: [...doc.querySelectorAll('entry')].map((e) => ({ title: e.querySelector('title')?.textContent ?? '', updated: e.querySelector('updated')?.textContent ?? '' })),
        };
      }, feed);
      expect(result.status, feed).toBe(200);
      expect(result.error, feed).toBeNull();
      expect(result.root).toBe('feed');
      expect(result.namespace).toBe('http://www.w3.org/2005/Atom');
      expect(result.entries.length, feed).toBeGreaterThan(0);
      const dates = result.entries.map((e) => e.updated);
      expect(dates, feed).toEqual([...dates].sort().reverse());
    }
  });
});

describe('CSV of each list', () => {
  it('every list page links a CSV with exactly the pledges it counts', async () => {
    const { builtPages, readPage } = await import('../support/builtSite.ts');
    const { listTotals } = await import('../support/pageFacts.ts');
    let checked = 0;
    for (const page of builtPages().filter((p) => p.startsWith('/en/'))) {
      const html = readPage(page);
      if (!html.includes('class="list-totals"')) continue;
      const { count } = listTotals(html);
      // The list's own download sits in its totals line (a chart on the page has its own CSV).
      const totalsLine = /<p class="list-totals"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
      const href = /href="(\/data\/[^"]+\.csv)" type="text\/csv" download/.exec(totalsLine)?.[1];
      if (count === 0) continue;
      expect(href, page).toBeDefined();
      const rows = csvParse(readBuiltFile(href!).replace(/^\uFEFF/, ''));
      expect(rows.length, `${page} → ${href}`).toBe(count);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
