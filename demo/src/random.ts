import type { RandomSource } from './prng';

// Bound once: in a vm context (jest) every global lookup of `Math` goes through an interceptor.
const { floor, min } = Math;

/** Convenience draws over one random source; every draw consumes the source in a fixed order. */
export class Rng {
  constructor(readonly next: RandomSource) {}

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: nothing to pick from');
    return items[floor(this.next() * items.length)];
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (let i = 0; i < items.length; i++) total += items[i][1];
    let roll = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      roll -= items[i][1];
      if (roll < 0) return items[i][0];
    }
    return items[items.length - 1][0];
  }

  /** `count` distinct items in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = min(count, items.length);
    // A few from many (expertise areas, name syllables): redraw repeats instead of copying the pool.
    if (n * 4 <= items.length) {
      const chosen: number[] = [];
      while (chosen.length < n) {
        const i = floor(this.next() * items.length);
        if (!chosen.includes(i)) chosen.push(i);
      }
      return chosen.map((i) => items[i]);
    }
    // Otherwise a partial Fisher-Yates shuffle of a copy.
    const pool = [...items];
    for (let i = 0; i < n; i++) {
      const j = i + floor(this.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, n);
  }
}
