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
// Bound once: in a vm context (jest) every global lookup of `Math` goes through an interceptor.
const { floor, imul } = Math;

/** A uniform generator in [0, 1) from one 32-bit seed. */
export function createPrng(seed: number): RandomSource {
  // splitmix32 spreads a small or patterned seed (0, 1, 2017) over all four state words.
  const words: number[] = [];
  let s = seed >>> 0;
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    words.push(fmix32(s));
  }
  return sourceOf(new Sfc32(words[0], words[1], words[2], words[3]));
}

/**
 * Independent generators for the items of one keyed collection: `streams(i)` is the generator of
 * item i. The key is hashed once; each item only mixes its index in, which keeps a generator per
 * record cheap enough for tens of thousands of records.
 */
export function createKeyedStreams(key: string): (index: number) => RandomSource {
  const base = new LaneHash();
  for (let i = 0; i < key.length; i++) base.mix(key.charCodeAt(i));
  return (index) => {
    const h = base.copy();
    h.mix(index >>> 0);
    h.mix(floor(index / TWO_POW_32) >>> 0);
    return sourceOf(h.seedSfc32());
  };
}

function sourceOf(generator: Sfc32): RandomSource {
  return () => generator.next() / TWO_POW_32;
}

/**
 * Four FNV-style hashes with different primes and offsets, finalised together: 128 bits of
 * seed from one key. State lives in object fields, which V8 updates in place; closure variables
 * or typed arrays here made garbage collection dominate the generator's run time.
 */
class LaneHash {
  constructor(
    private h0 = 0x811c9dc5 | 0,
    private h1 = 0x9747b28c | 0,
    private h2 = 0x3c6ef372 | 0,
    private h3 = 0xa54ff53a | 0,
    private length = 0,
  ) {}

  mix(value: number): void {
    this.h0 = imul(this.h0 ^ value, 0x01000193);
    this.h1 = imul(this.h1 ^ value, 0x5bd1e995);
    this.h2 = imul(this.h2 ^ value, 0x27d4eb2f);
    this.h3 = imul(this.h3 ^ value, 0x165667b1);
    this.length++;
  }

  copy(): LaneHash {
    return new LaneHash(this.h0, this.h1, this.h2, this.h3, this.length);
  }

  seedSfc32(): Sfc32 {
    const { h0, h1, h2, h3, length } = this;
    return new Sfc32(
      fmix32(h0 ^ h1 ^ length),
      fmix32(h1 ^ h2 ^ length),
      fmix32(h2 ^ h3 ^ length),
      fmix32(h3 ^ h0 ^ length),
    );
  }
}

/** The 32-bit finaliser of MurmurHash3: every input bit affects every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

class Sfc32 {
  constructor(
    private a: number,
    private b: number,
    private c: number,
    private d: number,
  ) {
    // The first outputs still carry the structure of the seed; the usual remedy is to discard some.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** The next 32-bit output, as an unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (((this.c << 21) | (this.c >>> 11)) + t) | 0;
    return t >>> 0;
  }
}
