/**
 * A small seeded pseudo-random generator (mulberry32), so that every run of
 * the benchmark generates exactly the same synthetic content.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One element, chosen with the given weights (same length as the list). */
  weighted<T>(list: readonly T[], weights: readonly number[]): T;
  /** `count` distinct elements (fewer if the list is shorter), in list order. */
  sample<T>(list: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(next() * list.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(list: readonly T[], weights: readonly number[]): T {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < list.length; i += 1) {
        r -= weights[i] ?? 0;
        if (r < 0) return list[i] as T;
      }
      return list[list.length - 1] as T;
    },
    sample<T>(list: readonly T[], count: number): T[] {
      const indexes = list.map((_, i) => i);
      for (let i = indexes.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [indexes[i], indexes[j]] = [indexes[j] as number, indexes[i] as number];
      }
      return indexes
        .slice(0, Math.min(count, list.length))
        .sort((a, b) => a - b)
        .map((i) => list[i] as T);
    },
  };
}
