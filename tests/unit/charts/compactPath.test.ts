import { describe, expect, it } from 'vitest';
import { compactPath, parseCompactPath, ringArea, roundRing } from '../../../src/charts/map/compactPath.ts';

describe('compact map paths', () => {
  it('rounds a ring to whole units, without repeated or closing points', () => {
    expect(roundRing([[0.2, 0.1], [0.4, 0.3], [10.6, 0], [10.4, 9.8], [0, 10.2], [0.1, 0.2]])).toEqual([[0, 0], [11, 0], [10, 10], [0, 10]]);
    expect(roundRing([[0, 0], [0.3, 0.2], [0.1, 0.4]])).toBeNull();
  });

  it('writes rings as one move and relative lines, which read back to the same points', () => {
    const rings = [[[10, 20], [15, 18], [12, 30]], [[100, 5], [90, 5], [90, -3], [100, -3]]] as [number, number][][];
    const d = compactPath(rings);
    expect(d).toBe('M10 20l5-2-3 12zM100 5l-10 0 0-8 10 0z');
    expect(parseCompactPath(d)).toEqual(rings);
  });

  it('measures a ring’s area', () => {
    expect(ringArea([[0, 0], [4, 0], [4, 3], [0, 3]])).toBe(12);
  });
});
