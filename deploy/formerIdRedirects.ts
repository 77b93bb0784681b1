import { locales } from '../src/i18n/locales.ts';
import { routes } from '../src/i18n/paths.ts';
import { listCsvPath } from '../src/model/pledgeLists.ts';
import { movedStatus } from './hostingPolicy.ts';
import type { RedirectRule } from './redirectRules.ts';

/** What formerIdRedirects reads of the validated content (src/content/loadValidatedContent.ts). */
export interface RenamedEntries {
  pledges: readonly { id: string; formerIds: readonly string[] }[];
  organisations: readonly { id: string; formerIds: readonly string[] }[];
  documents: readonly { id: string; meta: { formerIds: readonly string[] } }[];
}

/** Every address an entry is published at, by kind, from its id (pages in each language, feeds, data). */
const addressesOf = {
  pledge: (id: string) => [...locales.map((lang) => routes.pledge(lang, id)), routes.pledgeJson(id)],
  organisation: (id: string) => [
    ...locales.flatMap((lang) => [routes.pledger(lang, id), routes.scopedFeed(routes.pledger(lang, id))]),
    listCsvPath('pledger', id),
  ],
  document: (id: string) => locales.map((lang) => routes.document(lang, id)),
} as const;

type Kind = keyof typeof addressesOf;

/**
 * Redirects from every address an entry had under a former id (its `formerIds`) to the same
 * address under its current id: its page in each language, and its feed and data files.
 * Throws, naming the entries, when a former id is also a current id or belongs to two entries
 * of the same kind (the redirect would hide a page or be ambiguous).
 */
export function formerIdRedirects(content: RenamedEntries): RedirectRule[] {
  const entries: { kind: Kind; id: string; formerIds: readonly string[] }[] = [
    ...content.pledges.map((p) => ({ kind: 'pledge' as const, id: p.id, formerIds: p.formerIds })),
    ...content.organisations.map((o) => ({ kind: 'organisation' as const, id: o.id, formerIds: o.formerIds })),
    ...content.documents.map((d) => ({ kind: 'document' as const, id: d.id, formerIds: d.meta.formerIds })),
  ];
  const problems: string[] = [];
  const rules: RedirectRule[] = [];
  for (const kind of Object.keys(addressesOf) as Kind[]) {
    const ofKind = entries.filter((e) => e.kind === kind);
    const current = new Set(ofKind.map((e) => e.id));
    const claimedBy = new Map<string, string>();
    for (const entry of ofKind) {
      for (const former of entry.formerIds) {
        if (current.has(former)) problems.push(`${kind} "${entry.id}": former id "${former}" is the id of a current ${kind}`);
        const other = claimedBy.get(former);
        if (other && other !== entry.id) problems.push(`${kind} "${entry.id}": former id "${former}" is also a former id of "${other}"`);
        claimedBy.set(former, entry.id);
        const from = addressesOf[kind](former);
        const to = addressesOf[kind](entry.id);
        from.forEach((address, i) => rules.push({ from: address, to: to[i]!, status: movedStatus, reason: `${kind} ${former} is now ${entry.id}` }));
      }
    }
  }
  if (problems.length > 0) throw new Error(`Redirects of former ids cannot be made:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return rules.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
