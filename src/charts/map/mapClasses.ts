import { quantileSorted } from 'd3';

/** A class of the map: countries with `min` to `max` pledges (inclusive). */
export interface MapClass {
  /** 1 to 4; 0 is "no pledges". */
  index: number;
  min: number;
  max: number;
}

/** Round class boundaries: 1, 2, 3, 5, 10, 20, 30, 50, 100 … */
function niceAtLeast(value: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 3, 5]) if (step * magnitude >= value) return step * magnitude;
  }
}

/** Most classes the map has (besides "no pledges"): as many as the palette's steps. */
export const maxMapClasses = 4;

/**
 * At most four classes of countries by number of pledges: one per count when there are no more
 * than four different counts; otherwise round lower bounds near the quartiles of the counts (so
 * each class holds a fair share of the countries whatever the directory's size). The classes
 * cover every whole number from 1 to the largest count.
 */
export function mapClasses(counts: readonly number[]): MapClass[] {
  const sorted = counts.filter((c) => c > 0).sort((a, b) => a - b);
  const highest = sorted.at(-1);
  if (highest === undefined) return [];
  const distinct = [...new Set(sorted)];
  const bounds = distinct.length <= maxMapClasses ? [1, ...distinct.slice(1)] : [1];
  if (distinct.length > maxMapClasses) {
    for (const q of [0.25, 0.5, 0.75]) {
      const bound = niceAtLeast(quantileSorted(sorted, q) ?? 1);
      if (bound > (bounds.at(-1) ?? 1) && bound <= highest) bounds.push(bound);
    }
  }
  return bounds.map((min, i) => ({ index: i + 1, min, max: i + 1 < bounds.length ? (bounds[i + 1] ?? min) - 1 : highest }));
}

/** The class of a count: 0 for none, else the index of the class that holds it. */
export function classOf(count: number, classes: readonly MapClass[]): number {
  if (count <= 0) return 0;
  return classes.find((c) => count >= c.min && count <= c.max)?.index ?? classes.at(-1)?.index ?? 0;
}
