/** The count and value a listing page shows in its totals line (data attributes of .list-totals). */
export function listTotals(html: string): { count: number; value: number } {
  const match = /class="list-totals" data-count="(\d+)" data-value="([\d.]+)"/.exec(html);
  if (!match) throw new Error('no totals line on the page');
  return { count: Number(match[1]), value: Number(match[2]) };
}

/** The value of a headline figure on the home page (data-figure="…"). */
export function figure(html: string, name: string): { text: string; value?: number } {
  const match = new RegExp(`data-figure="${name}"(?: data-value="([\\d.]+)")?>([^<]*)<`).exec(html);
  if (!match) throw new Error(`no figure ${name}`);
  return { text: match[2] ?? '', ...(match[1] ? { value: Number(match[1]) } : {}) };
}
