/**
 * A seeded, splittable stream of pseudo-random numbers (for simulation, not for cryptography).
 * Create one with {@link createRng}; derive an independent stream per purpose with {@link Rng.fork}.
 */
export interface Rng {
  /** Uniform double in [0, 1) with 53 random bits (the resolution of a double in [0.5, 1)). */
  next(): number;
  /**
   * Uniform double in (0, 1), never 0 nor 1: `(k + 0.5) / 2^52` for a uniform 52-bit integer `k`.
   * For inversion sampling, where `log(0)` or `inverseNormalCdf(0)` would give an infinity.
   */
  nextOpen(): number;
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number;
  /**
   * An independent child stream named by `key`. The child depends only on this stream's seed and on `key`,
   * never on how many numbers were drawn from this stream or on which other children exist.
   * `fork(4)` and `fork("4")` are the same stream; `fork("a").fork("b")` differs from `fork("a.b")`.
   */
  fork(key: string | number): Rng;
}

// NOTE: the generator is xoshiro128** 1.1 (D. Blackman, S. Vigna, "Scrambled linear pseudorandom number
// generators", ACM TOMS 47(4), 2021; reference code https://prng.di.unimi.it/xoshiro128starstar.c): 128 bits of
// state, period 2^128 - 1, passes BigCrush, and needs only 32-bit integer operations, so V8 runs it without
// BigInt or heap numbers. Two outputs make one 53-bit double.
//
// Stream identities are 64-bit. A root identity is the 64-bit FNV-1a hash (Fowler, Noll, Vo; http://www.isthe.com/
// chongo/tech/comp/fnv/) of the UTF-8 bytes of `String(seed)`; a child identity is FNV-1a started from the parent
// identity over the UTF-8 bytes of `String(key)`. Each identity goes through the SplitMix64 finaliser (S. Vigna,
// https://prng.di.unimi.it/splitmix64.c, after Steele, Lea, Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014) to spread FNV's weak avalanche, and then seeds SplitMix64, whose first two outputs are
// the four state words of xoshiro128** (the seeding the xoshiro authors recommend).

const TWO_POW_32 = 4294967296;
const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_52 = 1 / 4503599627370496;
const TWO_POW_MINUS_53 = 1 / 9007199254740992;
const encoder = new TextEncoder();

/** High 32 bits of the unsigned 64-bit product of two unsigned 32-bit integers, exact in doubles. */
function mulHi32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const low = a0 * b0 + (a1 * b0 + a0 * b1) * 65536; // < 2^50: exact
  return (a1 * b1 + Math.floor(low / TWO_POW_32)) >>> 0;
}

/** A 64-bit unsigned value as two unsigned 32-bit halves. */
interface U64 {
  hi: number;
  lo: number;
}

/** Low 64 bits of a * b. */
function mul64(a: U64, bHi: number, bLo: number): U64 {
  const lo = Math.imul(a.lo, bLo) >>> 0;
  const hi = (mulHi32(a.lo, bLo) + Math.imul(a.hi, bLo) + Math.imul(a.lo, bHi)) >>> 0;
  return { hi, lo };
}

/** x ^ (x >>> shift) for 0 < shift < 32. */
function xorShiftRight(x: U64, shift: number): U64 {
  return { hi: (x.hi ^ (x.hi >>> shift)) >>> 0, lo: (x.lo ^ ((x.lo >>> shift) | (x.hi << (32 - shift)))) >>> 0 };
}

/** The SplitMix64 output function (the `z` mixing steps of splitmix64.c). */
function mix64(z: U64): U64 {
  let x = mul64(xorShiftRight(z, 30), 0xbf58476d, 0x1ce4e5b9);
  x = mul64(xorShiftRight(x, 27), 0x94d049bb, 0x133111eb);
  return xorShiftRight(x, 31);
}

/** FNV-1a 64 over the UTF-8 bytes of `text`, starting from `start`. */
function fnv1a64(start: U64, text: string): U64 {
  let h: U64 = { hi: start.hi, lo: start.lo };
  for (const byte of encoder.encode(text)) {
    h = mul64({ hi: h.hi, lo: (h.lo ^ byte) >>> 0 }, 0x00000100, 0x000001b3);
  }
  return h;
}

const FNV_OFFSET_BASIS: U64 = { hi: 0xcbf29ce4, lo: 0x84222325 };

/** The four xoshiro128** state words for a stream identity, from the first two SplitMix64 outputs. */
function stateFromIdentity(id: U64): Int32Array {
  const state = new Int32Array(4);
  let x: U64 = { hi: id.hi, lo: id.lo };
  for (let i = 0; i < 2; i++) {
    // x += 0x9e3779b97f4a7c15 (the golden-ratio increment of SplitMix64)
    const lo = x.lo + 0x7f4a7c15;
    x = { hi: (x.hi + 0x9e3779b9 + (lo >= TWO_POW_32 ? 1 : 0)) >>> 0, lo: lo >>> 0 };
    const out = mix64(x);
    state[2 * i] = out.lo | 0;
    state[2 * i + 1] = out.hi | 0;
  }
  // The all-zero state is the one fixed point of xoshiro; SplitMix64 cannot output two zeros in a row, but be safe.
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
  return state;
}

// NOTE: a class, not plain data: a random stream is state by nature. Keeping one concrete class keeps every call
// site monomorphic, which lets V8 inline `next()` into the sampling loops.
class Xoshiro128StarStar implements Rng {
  readonly #id: U64;
  readonly #s: Int32Array;

  constructor(id: U64) {
    this.#id = id;
    this.#s = stateFromIdentity(id);
  }

  nextUint32(): number {
    const s = this.#s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]! ^ s0;
    const s3 = s[3]! ^ s1;
    const r = Math.imul(s1, 5);
    const result = Math.imul((r << 7) | (r >>> 25), 9);
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  next(): number {
    const a = this.nextUint32() >>> 5; // 27 bits
    const b = this.nextUint32() >>> 6; // 26 bits
    return (a * TWO_POW_26 + b) * TWO_POW_MINUS_53;
  }

  nextOpen(): number {
    const a = this.nextUint32() >>> 6; // 26 bits
    const b = this.nextUint32() >>> 6; // 26 bits
    // k + 0.5 with k < 2^52 is exact, so the result lies in [2^-53, 1 - 2^-53].
    return (a * TWO_POW_26 + b + 0.5) * TWO_POW_MINUS_52;
  }

  fork(key: string | number): Rng {
    return new Xoshiro128StarStar(mix64(fnv1a64(this.#id, String(key))));
  }
}

/**
 * A seeded random stream: xoshiro128** (Blackman and Vigna 2021) seeded through FNV-1a 64 and SplitMix64.
 * The same seed gives the same numbers on every platform; `createRng(42)` and `createRng("42")` are the same stream.
 * Use `fork(key)` for one stream per estimate, so adding an estimate never changes the draws of the others.
 * @example
 * const rng = createRng(42);
 * rng.next(); // a number in [0, 1)
 * const costs = rng.fork("costs[4].amount"); // same draws whatever else is forked or drawn
 */
export function createRng(seed: number | string): Rng {
  return new Xoshiro128StarStar(mix64(fnv1a64(FNV_OFFSET_BASIS, String(seed))));
}
