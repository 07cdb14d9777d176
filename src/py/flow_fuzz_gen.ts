// Random control-flow programs for the differential fuzz in flow_fuzz_test.ts: functions and
// generators nesting for/while loops (with else), if/else, try/finally, try/except/else and
// with blocks, exited by break, continue, return, raise and yield at random points. Every step
// appends to a log, so the printed log is the path taken; a seeded hash decides each condition.

/** One generated function: its source and whether it is a generator. */
export interface FlowCase {
  name: string;
  source: string;
  isGenerator: boolean;
}

/** Where a statement sits: what it may exit. */
interface Context {
  loop: boolean;
  func: boolean;
  gen: boolean;
}

const MAX_DEPTH = 4;

/** mulberry32: small, fast and the same on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class FlowGen {
  constructor(private readonly rand: () => number) {}

  coin(p: number): boolean {
    return this.rand() < p;
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  private pick<T>(xs: T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }

  block(depth: number, ctx: Context, indent: number): string[] {
    const out: string[] = [];
    for (let n = this.int(1, 3); n > 0; n--) out.push(...this.stmt(depth, ctx, indent));
    return out;
  }

  /** The statement kinds allowed here, weighted by repetition. */
  private kinds(depth: number, ctx: Context): string[] {
    const k = ["log", "log", "log", "raise"];
    if (depth < MAX_DEPTH) k.push("for", "while", "tryFinally", "tryExcept", "if", "with");
    if (ctx.loop) k.push("break", "continue");
    if (ctx.func) k.push("return");
    if (ctx.gen) k.push("yield", "yield");
    return k;
  }

  private stmt(depth: number, ctx: Context, indent: number): string[] {
    const p = "    ".repeat(indent);
    const k = this.int(0, 999);
    const inner = (c: Context = ctx) => this.block(depth + 1, c, indent + 1);
    switch (this.pick(this.kinds(depth, ctx))) {
      case "log":
        return [`${p}L.append(${k})`];
      case "raise":
        return [`${p}if C(${k}): raise E${this.int(0, 1)}(${k})`];
      case "break":
        return [`${p}if C(${k}): break`];
      case "continue":
        return [`${p}if C(${k}): continue`];
      case "return":
        return [`${p}if C(${k}): return ${k}`];
      case "yield":
        return [`${p}L.append(('y', (yield ${k})))`];
      case "for": {
        const v = `i${depth}`;
        const lines = [
          `${p}for ${v} in range(${this.int(0, 3)}):`,
          `${p}    L.append(('for', ${v}))`,
        ];
        lines.push(...inner({ ...ctx, loop: true }));
        if (this.rand() < 0.3) lines.push(`${p}else:`, `${p}    L.append('else${k}')`);
        return lines;
      }
      case "while": {
        const v = `w${depth}`;
        const lines = [`${p}${v} = 0`, `${p}while ${v} < ${this.int(0, 3)}:`, `${p}    ${v} += 1`];
        lines.push(...inner({ ...ctx, loop: true }));
        if (this.rand() < 0.3) lines.push(`${p}else:`, `${p}    L.append('welse${k}')`);
        return lines;
      }
      case "if":
        return [`${p}if C(${k}):`, ...inner(), `${p}else:`, ...inner()];
      case "with":
        return [`${p}with CM(${k}, ${this.pick(["True", "False"])}):`, ...inner()];
      case "tryFinally": {
        const lines = [`${p}try:`, ...inner(), `${p}finally:`, `${p}    L.append('fin${k}')`];
        // break/continue/return inside finally would swallow exceptions: allowed, but rarer
        if (this.rand() < 0.4) lines.push(...inner());
        return lines;
      }
      default: {
        const lines = [`${p}try:`, ...inner()];
        lines.push(`${p}except E${this.int(0, 1)} as e:`, `${p}    L.append(('exc', e.args))`);
        lines.push(...inner());
        if (this.rand() < 0.5) lines.push(`${p}else:`, ...inner());
        return lines;
      }
    }
  }
}

/** `count` functions from `seed`, named f0, f1, ... */
export function flowCases(seed: number, count: number): FlowCase[] {
  const g = new FlowGen(rng(seed));
  const cases: FlowCase[] = [];
  for (let i = 0; i < count; i++) {
    const name = `f${i}`;
    const isGenerator = g.coin(0.5);
    const body = g.block(0, { loop: false, func: true, gen: isGenerator }, 1);
    if (isGenerator) body.unshift("    if False: yield");
    cases.push({ name, isGenerator, source: [`def ${name}():`, ...body].join("\n") });
  }
  return cases;
}

const HEADER = `
class E0(Exception): pass
class E1(Exception): pass
S = [0]
def C(k):
    S[0] = (S[0] * 1103515245 + 12345 + k) % 2147483648
    return (S[0] >> 16) % 3 == 0
class CM:
    def __init__(self, k, sup):
        self.k = k
        self.sup = sup
    def __enter__(self):
        L.append(('enter', self.k))
    def __exit__(self, t, v, tb):
        L.append(('exit', self.k, t.__name__ if t else None))
        return self.sup and t is E1
def drive(g):
    v = next(g, 'end')
    n = 0
    while v != 'end' and n < 20:
        n += 1
        v = g.send(n) if n % 3 else g.throw(E0(n)) if n % 2 else next(g, 'end')
        L.append(('got', v))
`;

/** The program printing one line per case: the case's log, ending with how it finished. */
export function flowProgram(cases: FlowCase[]): string {
  const parts = [HEADER];
  for (const c of cases) {
    const call = c.isGenerator ? `drive(${c.name}())` : `L.append(('ret', ${c.name}()))`;
    parts.push(
      c.source,
      "L = []",
      "S[0] = " + c.name.slice(1),
      "try:",
      `    ${call}`,
      "except StopIteration as e:",
      "    L.append(('stop', e.value))",
      "except Exception as e:",
      "    L.append(('out', type(e).__name__, e.args))",
      "print(L)",
    );
  }
  return parts.join("\n") + "\n";
}
