import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

/** The kinds of entry `npm run new` writes, and the folder each lives in. */
export const entryFolders = { pledge: 'pledges', organisation: 'organisations', document: 'documents' } as const;
export type EntryKind = keyof typeof entryFolders;

/** Why an id cannot be given to a new entry. */
export interface TakenId {
  id: string;
  reason: string;
}

function readYamlQuietly(file: string): Record<string, unknown> | undefined {
  try {
    const data = load(readFileSync(file, 'utf8'));
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Ids of entries once in the folder and deleted since, from the git history (none outside a git checkout). */
function deletedFromHistory(folder: string, kind: EntryKind): string[] {
  if (!existsSync(folder)) return [];
  try {
    const out = execFileSync('git', ['log', '--all', '--diff-filter=D', '--no-renames', '--name-only', '--format=', '--', '.'], {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const prefix = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out
      .split('\n')
      .filter((line) => line.startsWith(prefix))
      .map((line) => line.slice(prefix.length))
      .map((rest) => (kind === 'document' ? rest.split('/')[0] ?? '' : path.basename(rest).replace(/\.ya?ml$/, '')))
      .filter((id) => id !== '');
  } catch {
    return [];
  }
}

/**
 * Every id of this kind that is or was ever used, with the reason: an
 * entry's file and id, the `formerIds` of every entry (their addresses
 * redirect), content/retired-ids.yaml, and files deleted in the git history
 * (their addresses were published). A new entry may take none of them.
 */
export function takenIds(contentDir: string, kind: EntryKind): Map<string, string> {
  const taken = new Map<string, string>();
  const add = (id: string, reason: string) => {
    if (!taken.has(id)) taken.set(id, reason);
  };
  const folderName = entryFolders[kind];
  const folder = path.join(contentDir, folderName);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (kind === 'document') {
        if (!statSync(full).isDirectory()) continue;
        add(name, `the id of content/${folderName}/${name}/`);
        const meta = readYamlQuietly(path.join(full, 'meta.yaml'));
        for (const former of strings(meta?.formerIds)) add(former, `a former id of content/${folderName}/${name}/ (its old address redirects there)`);
        continue;
      }
      if (!/\.ya?ml$/.test(name)) continue;
      add(name.replace(/\.ya?ml$/, ''), `the id of content/${folderName}/${name}`);
      const entry = readYamlQuietly(full);
      if (typeof entry?.id === 'string') add(entry.id, `the id of content/${folderName}/${name}`);
      for (const former of strings(entry?.formerIds)) add(former, `a former id of content/${folderName}/${name} (its old address redirects there)`);
    }
  }
  const retired = readYamlQuietly(path.join(contentDir, 'retired-ids.yaml'));
  for (const id of strings(retired?.[folderName])) add(id, 'retired in content/retired-ids.yaml (it was published once)');
  for (const id of deletedFromHistory(folder, kind)) add(id, `the id of an entry deleted from content/${folderName}/ (see git log; its address was published)`);
  return taken;
}
