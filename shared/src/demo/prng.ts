/**
 * Seeded pseudo-random numbers for the demo data. Only 32-bit integer arithmetic (Math.imul,
 * shifts) is used, so every JavaScript engine on every machine produces the same sequence.
 *
 * The generator is sfc32: 128 bits of state, so streams started from different keys do not
 * overlap in practice. That matters because every expert gets a stream of its own (see
 * generate.ts), and a 32-bit state would make two experts' streams collide at a few thousand.
 */

export type RandomSource = () => number;

const TWO_POW_32 = 4294967296;
const LANE_PRIMES = Uint32Array.of(0x01000193, 0x5bd1e995, 0x27d4eb2f, 0x165667b1);

/** A uniform generator in [0, 1) from one 32-bit seed. */
export function createPrng(seed: number): RandomSource {
  // splitmix32 spreads a small or patterned seed (0, 1, 2017) over all four state words.
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    return fmix32(s);
  };
  return sfc32(next(), next(), next(), next());
}

/** A uniform generator in [0, 1) keyed by a string, with a full 128-bit starting state. */
export function createKeyedPrng(key: string): RandomSource {
  // Four lanes with different multipliers and starting values give four independent hashes.
  const lanes = Uint32Array.of(0x811c9dc5, 0x9747b28c, 0x3c6ef372, 0xa54ff53a);
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    for (let lane = 0; lane < 4; lane++) lanes[lane] = Math.imul(lanes[lane] ^ code, LANE_PRIMES[lane]);
  }
  const [a, b, c, d] = Array.from(lanes, (h, lane) => fmix32(h ^ lanes[(lane + 1) % 4] ^ key.length));
  return sfc32(a, b, c, d);
}

/** The 32-bit finaliser of MurmurHash3: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function sfc32(a: number, b: number, c: number, d: number): RandomSource {
  // State in a typed array: closure variables beyond the small-integer range would be boxed on
  // every update, and the garbage that makes dominated generating large data sets.
  const s = Int32Array.of(a, b, c, d);
  const step = (): number => {
    const t = (((s[0] + s[1]) | 0) + s[3]) | 0;
    s[3] = (s[3] + 1) | 0;
    s[0] = s[1] ^ (s[1] >>> 9);
    s[1] = (s[2] + (s[2] << 3)) | 0;
    const c2 = (s[2] << 21) | (s[2] >>> 11);
    s[2] = (c2 + t) | 0;
    return t >>> 0;
  };
  // The first outputs still carry the structure of the seed; the usual remedy is to discard some.
  for (let i = 0; i < 12; i++) step();
  return () => step() / TWO_POW_32;
}
