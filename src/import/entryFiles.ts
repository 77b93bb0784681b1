import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A file to write: where, and its text. */
export interface EntryFile {
  path: string;
  text: string;
}

/** Path of an entry's file in a content folder (pledges/, organisations/): its existing .yml file, or {id}.yaml. */
export function entryPath(contentDir: string, folder: 'pledges' | 'organisations', id: string): string {
  const yml = path.join(contentDir, folder, `${id}.yml`);
  return existsSync(yml) ? yml : path.join(contentDir, folder, `${id}.yaml`);
}

/**
 * Writes every file or none: each goes to a hidden temporary file beside its
 * target (the content loader skips dot-files), and only when all are written
 * are they renamed into place.
 */
export function writeEntryFiles(files: readonly EntryFile[]): void {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      const temp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.importing`);
      writeFileSync(temp, file.text);
      staged.push({ temp, target: file.path });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
}
