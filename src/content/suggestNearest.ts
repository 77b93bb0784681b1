import { editDistance } from './suggestEditDistance.ts';

/** How a typed value is compared: case, accents and the separators " ", "_", "-" do not count. */
export function foldForComparison(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .trim();
}

/** How many characters two texts share at their start. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Other spellings that stand for a valid value (a country's name or alpha-2 code for its alpha-3 code). */
export type Aliases = ReadonlyMap<string, string>;

/**
 * The valid values nearest to what an editor typed, best first (at most
 * `max`): an exact match once case, accents and separators are ignored, or a
 * known alias (a country name), else the values fewest edits away, within
 * one edit for every three characters typed (at least one). Among values
 * equally near, those made of the same letters (a swap) come first, then
 * those that begin like the typed value ("TZA" before "TON" for "TZN"), then
 * the order of `candidates`. Nothing when no value is near enough.
 */
export function nearestValues(typed: string, candidates: readonly string[], aliases?: Aliases, max = 3): string[] {
  const folded = foldForComparison(typed);
  if (folded === '') return [];
  const exact = candidates.filter((candidate) => foldForComparison(candidate) === folded);
  if (exact.length > 0) return exact.filter((candidate) => candidate !== typed).slice(0, max);
  const alias = aliases?.get(folded);
  if (alias !== undefined) return [alias];
  const limit = Math.max(1, Math.floor([...folded].length / 3));
  const letters = (text: string) => [...text].sort().join('');
  const typedLetters = letters(folded);
  const scored = candidates
    .map((candidate, order) => {
      const other = foldForComparison(candidate);
      return { candidate, order, distance: editDistance(folded, other), anagram: letters(other) === typedLetters, prefix: commonPrefix(folded, other) };
    })
    .filter((s) => s.distance <= limit);
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map((s) => s.distance));
  return scored
    .filter((s) => s.distance === best)
    .sort((a, b) => Number(b.anagram) - Number(a.anagram) || b.prefix - a.prefix || a.order - b.order)
    .slice(0, max)
    .map((s) => s.candidate);
}

/** "Did you mean "KEN"?", "Did you mean "KEN" or "KNA"?"; undefined when there is nothing to suggest. */
export function didYouMean(values: readonly string[]): string | undefined {
  if (values.length === 0) return undefined;
  const quoted = values.map((value) => JSON.stringify(value));
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `Did you mean ${list}?`;
}
