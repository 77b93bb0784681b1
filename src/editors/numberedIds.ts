/** Ids of the form prefix + number ("ill-041", "p2c-0007"), as pledges are named. */

/** Prefix of newly numbered pledges that are real (`p2c-0001`); illustrative ones continue `ill-`. */
export const pledgePrefixes = { real: 'p2c-', illustrative: 'ill-' } as const;

/** Digits a new numbered id has at least (`p2c-0001`). */
export const pledgeIdWidth = 4;

/** The prefix and number of a numbered id ("ill-041" → ["ill-", 41, 3]), or undefined. */
export function splitNumberedId(id: string): { prefix: string; number: number; width: number } | undefined {
  const match = /^(.*?)(\d+)$/.exec(id);
  if (!match || !match[1]) return undefined;
  return { prefix: match[1], number: Number(match[2]), width: (match[2] ?? '').length };
}

/**
 * The next id after the highest numbered id with this prefix that is or was
 * ever taken, so that a gap left by a removed entry is never filled again:
 * ("ill-", {ill-001 … ill-040}) → "ill-041". The number keeps the width the
 * series already uses; a new series has `width` digits.
 */
export function nextNumberedId(prefix: string, taken: Iterable<string>, width = pledgeIdWidth): string {
  let highest = 0;
  let seriesWidth: number | undefined;
  for (const id of taken) {
    const parts = splitNumberedId(id);
    if (!parts || parts.prefix !== prefix) continue;
    highest = Math.max(highest, parts.number);
    seriesWidth = Math.max(seriesWidth ?? 0, parts.width);
  }
  return `${prefix}${String(highest + 1).padStart(seriesWidth ?? width, '0')}`;
}
