import { polygonArea } from 'd3';

/** A ring of projected points, in map units. */
export type Ring = readonly (readonly [number, number])[];

/** Whole-unit points of a ring, with repeated points (after rounding) removed; null when fewer than three remain. */
export function roundRing(ring: Ring): [number, number][] | null {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out.length >= 3 ? out : null;
}

/** Absolute area of a ring, in square units. */
export function ringArea(ring: Ring): number {
  return Math.abs(polygonArea(ring as [number, number][]));
}

/**
 * An SVG path of whole-unit rings written compactly: one absolute move per ring, then relative
 * lines ("M12 40l3-1 2 0z"). It draws exactly the rounded points; in a 1000-unit map a unit
 * is about a pixel, which is the precision of geoPath().digits(0) at less than half its length.
 */
export function compactPath(rings: readonly Ring[]): string {
  let d = '';
  for (const ring of rings) {
    const [start, ...rest] = ring;
    if (!start) continue;
    d += `M${start[0]} ${start[1]}`;
    let previous = start;
    let numbers = '';
    for (const point of rest) {
      for (const delta of [point[0] - previous[0], point[1] - previous[1]]) {
        numbers += numbers === '' || delta < 0 ? String(delta) : ` ${delta}`;
      }
      previous = point;
    }
    d += `${numbers ? `l${numbers}` : ''}z`;
  }
  return d;
}

/** The rings of a compact path, as absolute points (the inverse of compactPath, for tests and checks). */
export function parseCompactPath(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const part of d.split('z').filter(Boolean)) {
    const match = /^M(-?\d+) (-?\d+)(?:l(.*))?$/.exec(part);
    if (!match) throw new Error(`not a compact path ring: ${part.slice(0, 40)}`);
    let x = Number(match[1]);
    let y = Number(match[2]);
    const ring: [number, number][] = [[x, y]];
    const numbers = (match[3] ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x += numbers[i] ?? 0;
      y += numbers[i + 1] ?? 0;
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}
