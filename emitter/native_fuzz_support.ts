// Shared pieces of the native/viper fuzz generators: the seeded PRNG and indented output.

/** Deterministic PRNG (mulberry32). */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + (this.next() % (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() / 4294967296 < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.next() % xs.length];
  }
}

/** Python source lines at an indent. */
export class Lines {
  readonly lines: string[] = [];
  depth = 0;
  add(s: string): void {
    this.lines.push("    ".repeat(this.depth) + s);
  }
  /** A block: header line, then body at one more indent (pass if it added nothing). */
  block(header: string, body: () => void): void {
    this.add(header);
    this.depth++;
    const n = this.lines.length;
    body();
    if (this.lines.length === n) this.add("pass");
    this.depth--;
  }
}
