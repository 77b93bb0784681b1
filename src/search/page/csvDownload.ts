/**
 * Downloads the pledges a search finds as CSV, with the columns of the site's export
 * (src/export/pledgeCsv.ts): each pledge's record is read from its file in the current export
 * format (/data/v2/pledges/{id}.json, src/export/exportVersions.ts). Up to `csvLimit` pledges.
 */
import { currentExport } from '../../export/exportVersions.ts';
import { pledgesToCsv, type CsvRecord } from '../../export/pledgeCsv.ts';
import type { SearchState } from '../searchState.ts';
import type { Pagefind } from './pagefindApi.ts';
import { runSearch } from './runSearch.ts';

/** Most pledges one download holds. */
export const csvLimit = 1000;

/** Requests in flight at once. */
const parallel = 8;

async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>, progress: (done: number) => void): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T);
      progress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return out;
}

/** Fetches the export records of the pledges a state finds and saves them as a CSV file; returns how many. */
export async function downloadPledgesCsv(pagefind: Pagefind, state: SearchState, progress: (done: number, total: number) => void): Promise<number> {
  const { results } = await runSearch(pagefind, { ...state, filters: { ...state.filters, type: 'pledge' } });
  if (results.length > csvLimit) throw new Error(`${results.length} pledges: more than ${csvLimit}`);
  // Two steps per pledge (its search data, then its export record): progress counts their average.
  const total = results.length;
  let fragmentsDone = 0;
  const ids = await inParallel(results, async (result) => (await result.data()).meta.id ?? '', (done) => progress(Math.floor((fragmentsDone = done) / 2), total));
  const records = await inParallel(
    ids.filter(Boolean),
    async (id) => {
      const address = currentExport.pledge(encodeURIComponent(id));
      const response = await fetch(address);
      if (!response.ok) throw new Error(`${address}: ${response.status}`);
      return ((await response.json()) as { pledge: CsvRecord }).pledge;
    },
    (done) => progress(Math.floor((fragmentsDone + done) / 2), total),
  );
  const blob = new Blob([pledgesToCsv(records)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'partner2connect-pledges-search.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return records.length;
}
