/** Values as a quoted, comma-separated list, cut after `max` with the total (as content checks write them). */
export function quotedList(values: Iterable<string>, max = 12): string {
  const all = [...values];
  const shown = all.slice(0, max).map((value) => `"${value}"`).join(', ');
  return all.length > max ? `${shown} … (${all.length} in all)` : shown;
}
