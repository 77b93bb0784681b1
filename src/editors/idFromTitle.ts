/** Longest id made from a title, in characters (cut at a word). */
const maxLength = 60;

/**
 * An id made from a title, as ids are written: ASCII, lower case, words
 * joined by "-" ("Fondation Lumière des Îles" → "fondation-lumiere-des-iles").
 * Empty when the title has no Latin letters or digits (an Arabic name):
 * then the editor gives the id.
 */
export function idFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > maxLength) break;
    id = next;
  }
  return id || (words[0] ?? '').slice(0, maxLength);
}
