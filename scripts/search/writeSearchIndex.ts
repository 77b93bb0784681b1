/**
 * Writes the search index of the site into `<out>/pagefind/`: one Pagefind index per language,
 * built from search records (src/search/records/) through Pagefind's Node API, one language at a
 * time, each in a Pagefind process of its own (closed once its index is written, so memory holds
 * one language and the next starts from a clean heap). Pagefind writes a pagefind-entry.json
 * naming only the language it just wrote; the entries are merged at the end.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Locale } from '../../src/i18n/locales.ts';
import type { SiteModel } from '../../src/model/siteModel.ts';
import { searchRecords } from '../../src/search/records/buildRecords.ts';
import { childUsage } from './processMemory.ts';

export interface LanguageIndexReport {
  locale: Locale;
  records: number;
  /** Bytes of record content sent to Pagefind. */
  contentBytes: number;
  /** Seconds to build the records and add them to Pagefind. */
  addSeconds: number;
  /** Seconds Pagefind took to build and write the index. */
  writeSeconds: number;
  /** Peak memory of this language's Pagefind process, in bytes (Linux only). */
  pagefindPeakBytes: number | undefined;
  /** CPU seconds this language's Pagefind process used (Linux only). */
  pagefindCpuSeconds: number | undefined;
}

export interface IndexOptions {
  /** Site folder (dist); the index goes into its pagefind/ folder. */
  outDir: string;
  locales: readonly Locale[];
  /** Pagefind's maxFragments: above this many pages, fragments are bundled into shared files. */
  maxFragments?: number;
  /** Records sent to Pagefind before waiting for its answers. */
  batch?: number;
  /**
   * Size of Pagefind's word index chunks, in word locations (Pagefind's default is 20,000). A query
   * downloads the chunks holding its words; at 4,000 a chunk is about 6 kB gzipped instead of 28 kB.
   * Pagefind reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE when its service starts: should a
   * later version drop that variable, chunks are only larger again.
   */
  chunkSize?: number;
}

/** Default size of the word index chunks (see IndexOptions.chunkSize). */
export const defaultChunkSize = 4000;

/** Pagefind's files that this site does not use (its stock user interfaces). */
const unusedFiles = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

interface EntryFile {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: string[];
}

export async function writeSearchIndex(model: SiteModel, options: IndexOptions, log: (line: string) => void = () => {}): Promise<LanguageIndexReport[]> {
  const bundle = path.join(options.outDir, 'pagefind');
  rmSync(bundle, { recursive: true, force: true });
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(options.chunkSize ?? defaultChunkSize);
  const batch = options.batch ?? 256;
  const reports: LanguageIndexReport[] = [];
  let entry: EntryFile | undefined;
  try {
    for (const locale of options.locales) {
      const started = performance.now();
      const { index, errors } = await pagefind.createIndex(options.maxFragments ? { maxFragments: options.maxFragments } : {});
      if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
      let records = 0;
      let contentBytes = 0;
      // A window of records in flight: Pagefind indexes some while the next are built.
      const pending: Promise<pagefind.NewFileResponse>[] = [];
      const settle = async (response: pagefind.NewFileResponse | undefined) => {
        if (response?.errors.length) throw new Error(`Pagefind refused a record: ${response.errors.join('; ')}`);
      };
      for (const record of searchRecords(model, locale)) {
        records += 1;
        contentBytes += Buffer.byteLength(record.content);
        pending.push(index.addCustomRecord(record));
        if (pending.length >= batch) await settle(await pending.shift());
      }
      for (const response of await Promise.all(pending)) await settle(response);
      const added = performance.now();
      const cpuAdded = childUsage()[0]?.cpuSeconds;
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length) throw new Error(`Pagefind could not write the ${locale} index: ${written.errors.join('; ')}`);
      const child = childUsage().sort((a, b) => b.peakBytes - a.peakBytes)[0];
      const beforeDelete = performance.now();
      await index.deleteIndex();
      // A new process for the next language, so that this one's memory goes back to the system.
      await pagefind.close();
      if (process.env.P2C_SEARCH_INDEX_DEBUG) log(`  ${locale}: Pagefind CPU ${cpuAdded} s after adding, ${child?.cpuSeconds} s after writing; deleteIndex and close ${((performance.now() - beforeDelete) / 1000).toFixed(1)} s`);
      const entryFile = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as EntryFile;
      entry = entry ? { ...entry, languages: { ...entry.languages, ...entryFile.languages } } : entryFile;
      const report = {
        locale,
        records,
        contentBytes,
        addSeconds: (added - started) / 1000,
        writeSeconds: (performance.now() - added) / 1000,
        pagefindPeakBytes: child?.peakBytes,
        pagefindCpuSeconds: child?.cpuSeconds,
      };
      reports.push(report);
      log(`${locale}: ${records.toLocaleString('en-US')} records (${(contentBytes / 1e6).toFixed(1)} MB of text) added in ${report.addSeconds.toFixed(1)} s, written in ${report.writeSeconds.toFixed(1)} s`);
    }
  } finally {
    const closing = performance.now();
    await pagefind.close();
    if (process.env.P2C_SEARCH_INDEX_DEBUG) log(`  close ${((performance.now() - closing) / 1000).toFixed(1)} s`);
  }
  if (entry) writeFileSync(path.join(bundle, 'pagefind-entry.json'), JSON.stringify(entry));
  for (const file of unusedFiles) {
    const target = path.join(bundle, file);
    if (existsSync(target)) rmSync(target);
  }
  return reports;
}
