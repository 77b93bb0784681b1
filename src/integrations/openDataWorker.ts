/**
 * Worker thread of the open-data integration: writes the data files and
 * feeds into the output folder while Astro renders the pages on the main
 * thread, so the two run on separate cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ValidatedContent } from '../content/loadValidatedContent.ts';
import { writeOpenData } from './writeOpenData.ts';

/** What the integration hands the worker. */
export interface OpenDataJob {
  content: ValidatedContent;
  asOf: string;
  site: string;
  /** The build's output folder. */
  outDir: string;
}

/** What the worker sends back. */
export type OpenDataResult = { ok: true; files: number; seconds: number } | { ok: false; message: string };

const job = workerData as OpenDataJob;
const started = performance.now();
let result: OpenDataResult;
try {
  const files = writeOpenData(job.content, job.asOf, new URL(job.site), job.outDir);
  result = { ok: true, files, seconds: (performance.now() - started) / 1000 };
} catch (error) {
  result = { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort?.postMessage(result);
