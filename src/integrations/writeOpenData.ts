import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidatedContent } from '../content/loadValidatedContent.ts';
import { exportFiles } from '../export/exportFiles.ts';
import { buildSiteModel } from '../model/siteModel.ts';

/** Writes every data file and feed of the site under `dir`; returns how many. */
export function writeOpenData(content: ValidatedContent, asOf: string, site: URL, dir: string): number {
  const files = exportFiles(buildSiteModel(content, asOf), site);
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(dir, file.path);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.render());
  }
  return files.length;
}
