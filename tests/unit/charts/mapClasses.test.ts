import { describe, expect, it } from 'vitest';
import { classOf, mapClasses } from '../../../src/charts/map/mapClasses.ts';

describe('classes of the map', () => {
  it('gives each count its own class when there are four different counts or fewer', () => {
    expect(mapClasses([1, 1, 3, 2, 1, 0])).toEqual([
      { index: 1, min: 1, max: 1 },
      { index: 2, min: 2, max: 2 },
      { index: 3, min: 3, max: 3 },
    ]);
    expect(mapClasses([1, 5, 5, 9])).toEqual([
      { index: 1, min: 1, max: 4 },
      { index: 2, min: 5, max: 8 },
      { index: 3, min: 9, max: 9 },
    ]);
  });

  it('uses round bounds near the quartiles for many different counts, covering 1 to the largest', () => {
    const counts = Array.from({ length: 195 }, (_, i) => 1 + ((i * 37) % 180));
    const classes = mapClasses(counts);
    expect(classes.length).toBeLessThanOrEqual(4);
    expect(classes[0]?.min).toBe(1);
    expect(classes.at(-1)?.max).toBe(Math.max(...counts));
    classes.slice(1).forEach((c, i) => {
      expect(c.min).toBe(classes[i]!.max + 1);
      expect([1, 2, 3, 5].some((step) => [1, 10, 100].some((m) => step * m === c.min))).toBe(true);
    });
    for (const count of counts) expect(classOf(count, classes)).toBeGreaterThan(0);
  });

  it('puts no pledges in class 0 and has no class without pledges', () => {
    expect(mapClasses([0, 0])).toEqual([]);
    expect(classOf(0, mapClasses([1, 2]))).toBe(0);
    expect(classOf(2, mapClasses([1, 2]))).toBe(2);
  });
});
