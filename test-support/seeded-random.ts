// mulberry32: a small seeded generator, the same sequence for the same seed, so a fuzz run that
// fails can be repeated from its printed seed. (reliability/test-support/hostile-payloads.ts keeps an
// inline copy: its source is injected into the page and may import nothing.)
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
