// Thumb to JavaScript translation for the emulator (thumb_sim.ts): the code reachable from an
// address becomes one JS function whose basic blocks are the cases of a `switch` in a loop, with
// r0-r14 and the flags in local variables, so a viper loop runs at JavaScript speed instead of
// one closure call per instruction. Instructions thumb_jit_decode.ts leaves out (calls, push and
// pop, VFP, ...) end a block: the function returns with `m.pc` there, the emulator executes it,
// and the next block start re-enters the translation.
//
// Flags are computed lazily: a flag-setting instruction keeps its operands (fa, fb) and result
// (fr), conditions read them directly (a cmp and a branch become one JS comparison), and n z c v
// are written only where a later reader or an exit may need them (backward liveness).
import {
  COND_READS,
  decodeForJit,
  FALL,
  FC,
  type FlagKind,
  FV,
  itConditions,
  JIT_HELPERS,
  type JitEmit,
  type JitIns,
} from "./thumb_jit_decode.ts";

/** Instructions translated from one entry at most (a function is far smaller). */
const MAX_INSTRUCTIONS = 4096;

/** A translated region: `run(m, pc)` starts at block `pc`; `starts` are the block addresses and
 * `covered` every instruction the translation accounts for. */
export interface Region {
  /** Runs from block number `k` (of `starts`); only while stackOk(sp) (the caller checks). */
  run: (m: JitMachine, k: number) => void;
  starts: number[];
  covered: number[];
}

/** What the generated code uses of the machine. */
export interface JitMachine {
  readonly regs: Uint32Array;
  readonly mem32: Int32Array;
  pc: number;
  n: number;
  z: number;
  c: number;
  v: number;
  /** Instructions run by translations, the count they must stay under, and the step limit. */
  txSteps: number;
  txLimit: number;
  txMax: number;
  read32(a: number): number;
  read16(a: number): number;
  read8(a: number): number;
  write32(a: number, v: number): void;
  write16(a: number, v: number): void;
  write8(a: number, v: number): void;
}

interface Block {
  start: number;
  items: { at: number; ins: JitIns }[];
  /** Where control goes: branch target (conditional or not) and/or the address after. */
  target?: number;
  cond?: string | number;
  next?: number;
  /** The block ends before an instruction the emulator runs (at `exitAt`). */
  exitAt?: number;
  steps: number;
  liveIn: number;
  liveOut: number;
}

/** Translate the code reachable from `entry`; undefined when nothing there can be. */
export function translateRegion(
  fetch: (a: number) => number,
  entry: number,
  isCode: (a: number) => boolean,
  stepFault: (m: JitMachine, pc: number) => never,
): Region | undefined {
  const insts = discover(fetch, entry, isCode);
  const blocks = formBlocks(insts.map, insts.leaders);
  if (blocks.size === 0) return undefined;
  computeLiveness(blocks);
  const source = generate(blocks);
  const make = new Function("J", "fault", source) as (
    j: typeof JIT_HELPERS,
    f: typeof stepFault,
  ) => Region["run"];
  return { run: make(JIT_HELPERS, stepFault), starts: [...blocks.keys()], covered: insts.covered };
}

/** Decode along every path from `entry` (both ways of a conditional branch, past instructions
 * the emulator runs when execution comes back after them). */
function discover(fetch: (a: number) => number, entry: number, isCode: (a: number) => boolean) {
  const map = new Map<number, JitIns>();
  const leaders = new Set<number>([entry]);
  const covered: number[] = [];
  const work = [entry];
  while (work.length > 0 && map.size < MAX_INSTRUCTIONS) {
    let p = work.pop()!;
    while (!map.has(p) && isCode(p) && map.size < MAX_INSTRUCTIONS) {
      let d: JitIns;
      try {
        d = decodeForJit(fetch, p, false);
      } catch {
        break; // runs off the end of code memory
      }
      const c = d.control;
      if (c.kind === "interp" && c.skip !== undefined) {
        const it = itBlock(fetch, p, c.skip);
        if (it === undefined) break;
        d = it.ins;
        for (const a of it.members) covered.push(a);
      }
      map.set(p, d);
      covered.push(p);
      const next = p + d.size;
      if (d.control.kind === "branch") {
        const { target, cond, test } = d.control;
        if (isCode(target)) {
          leaders.add(target);
          work.push(target);
        }
        if (cond === 14 && test === undefined) break;
        leaders.add(next);
      } else if (d.control.kind === "interp") {
        if (!d.control.falls) break;
        leaders.add(next);
      }
      p = next;
    }
  }
  return { map, leaders, covered };
}

/** An IT block: translated as one `if` per instruction when all of them only set registers;
 * else left to the emulator as a whole (returned as an interp spanning it). */
function itBlock(fetch: (a: number) => number, at: number, count: number) {
  const hw = fetch(at);
  const conds = itConditions(hw);
  const members: number[] = [];
  const inner: JitIns[] = [];
  let p = at + 2, size = 2, translatable = true;
  for (let k = 0; k < count; k++) {
    let d: JitIns;
    try {
      d = decodeForJit(fetch, p, true);
    } catch {
      return undefined;
    }
    if (!d.plain) translatable = false;
    inner.push(d);
    members.push(p);
    p += d.size;
    size += d.size;
  }
  const regs = inner.flatMap((d) => d.regs);
  const reads = conds.reduce((a, c) => a | (COND_READS[c] ?? FALL), 0);
  if (!translatable) {
    // the emulator runs the IT and what it covers; execution goes on after them
    const ins: JitIns = {
      size,
      reads,
      writes: 0,
      control: { kind: "interp", falls: true },
      emit: () => "",
      regs: [],
    };
    return { ins, members };
  }
  const ins: JitIns = {
    size,
    reads,
    writes: 0,
    control: { kind: "next" },
    steps: count + 1,
    regs,
    emit: (e) => {
      // conditions first: the flags hold for the whole block
      const tests = conds.map((c) => e.cond(c));
      return inner.map((d, k) => `if (${tests[k]}) { ${d.emit(e)} }`).join(" ");
    },
  };
  return { ins, members };
}

function formBlocks(map: Map<number, JitIns>, leaders: Set<number>): Map<number, Block> {
  const blocks = new Map<number, Block>();
  for (const start of [...leaders].sort((a, b) => a - b)) {
    const first = map.get(start);
    if (first === undefined || first.control.kind === "interp") continue;
    const b: Block = { start, items: [], steps: 0, liveIn: 0, liveOut: 0 };
    let p = start;
    for (;;) {
      const d = map.get(p);
      if (d === undefined) {
        b.exitAt = p;
        break;
      }
      if (d.control.kind === "interp") {
        b.exitAt = p;
        break;
      }
      b.items.push({ at: p, ins: d });
      b.steps += d.steps ?? 1;
      const next = p + d.size;
      if (d.control.kind === "branch") {
        b.target = d.control.target;
        if (d.control.cond !== 14 || d.control.test !== undefined) {
          b.cond = d.control.test ?? d.control.cond;
          b.next = next;
        }
        break;
      }
      if (leaders.has(next)) {
        b.next = next;
        break;
      }
      p = next;
    }
    blocks.set(start, b);
  }
  return blocks;
}

/** Flags live at block entries and exits (leaving the translation: all of them). */
function computeLiveness(blocks: Map<number, Block>): void {
  const liveAt = (a: number | undefined) => a === undefined ? 0 : blocks.get(a)?.liveIn ?? FALL;
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of [...blocks.values()].reverse()) {
      let out = liveAt(b.target) | liveAt(b.next);
      if (b.exitAt !== undefined) out = FALL;
      let live = out;
      for (let i = b.items.length - 1; i >= 0; i--) {
        const d = b.items[i].ins;
        live = (live & ~d.writes) | d.reads;
      }
      if (out !== b.liveOut || live !== b.liveIn) {
        b.liveOut = out;
        b.liveIn = live;
        changed = true;
      }
    }
  }
}

/** The flag state while generating one block. */
class FlagState {
  pending: { kind: FlagKind; carry: boolean } | undefined;

  /** N Z C V of the pending flags (or the materialized ones) as JS booleans. */
  private parts(): FlagExprs {
    const p = this.pending;
    if (p === undefined) return ["(n !== 0)", "(z !== 0)", "(c !== 0)", "(v !== 0)"];
    const n = "(fr < 0)", z = "(fr === 0)";
    if (p.kind === "sub") {
      return [n, z, "((fa >>> 0) >= (fb >>> 0))", "(((fa ^ fb) & (fa ^ fr)) < 0)"];
    }
    if (p.kind === "add") {
      return [n, z, "((fa >>> 0) + (fb >>> 0) > 4294967295)", "((~(fa ^ fb) & (fa ^ fr)) < 0)"];
    }
    return [n, z, p.carry ? "(fc !== 0)" : "(c !== 0)", "(v !== 0)"];
  }

  cond(cc: number): string {
    if (this.pending?.kind === "sub") {
      // a compare followed by its test: one JS comparison
      const direct = SUB_CONDS[cc];
      if (direct !== undefined) return direct;
    }
    const test = COND_TESTS[cc];
    return test === undefined ? "true" : test(...this.parts());
  }

  /** Statements writing n z c v from the pending flags (`keep`: for a side exit; the flags
   * stay pending for the code after it). */
  materialize(keep = false): string {
    if (this.pending === undefined) return "";
    const [, , c, v] = this.parts();
    const p = this.pending;
    if (!keep) this.pending = undefined;
    const nz = "n = fr >>> 31; z = fr === 0 ? 1 : 0;";
    if (p.kind === "logic") return p.carry ? `${nz} c = fc;` : nz;
    return `${nz} c = ${c} ? 1 : 0; v = ${v} ? 1 : 0;`;
  }

  set(kind: FlagKind, a: string, b: string, carry: string | undefined, liveAfter: number) {
    let pre = "";
    if (kind === "logic" && this.pending !== undefined) {
      // C (without a shifter carry) and V stay as the previous setter left them
      const kept = carry === undefined ? FC | FV : FV;
      if (liveAfter & kept) pre = this.materialize();
    }
    this.pending = { kind, carry: carry !== undefined };
    if (kind === "logic") {
      return `${pre}${carry === undefined ? "" : `fc = ${carry}; `}fr = ${a};`;
    }
    return `${pre}fa = ${a}; fb = ${b}; fr = (fa ${kind === "add" ? "+" : "-"} fb) | 0;`;
  }
}

type FlagExprs = [n: string, z: string, c: string, v: string];

/** Condition codes eq..le (ARMv7-M ARM A7.3) as JS over the N Z C V expressions; al is true. */
const COND_TESTS: ((n: string, z: string, c: string, v: string) => string)[] = [
  (_n, z) => z,
  (_n, z) => `!${z}`,
  (_n, _z, c) => c,
  (_n, _z, c) => `!${c}`,
  (n) => n,
  (n) => `!${n}`,
  (_n, _z, _c, v) => v,
  (_n, _z, _c, v) => `!${v}`,
  (_n, z, c) => `(${c} && !${z})`,
  (_n, z, c) => `(!${c} || ${z})`,
  (n, _z, _c, v) => `(${n} === ${v})`,
  (n, _z, _c, v) => `(${n} !== ${v})`,
  (n, z, _c, v) => `(!${z} && ${n} === ${v})`,
  (n, z, _c, v) => `(${z} || ${n} !== ${v})`,
];

/** After `fa - fb` (int32 operands): the conditions as direct comparisons. */
const SUB_CONDS: Record<number, string> = {
  0: "(fa === fb)",
  1: "(fa !== fb)",
  2: "((fa >>> 0) >= (fb >>> 0))",
  3: "((fa >>> 0) < (fb >>> 0))",
  8: "((fa >>> 0) > (fb >>> 0))",
  9: "((fa >>> 0) <= (fb >>> 0))",
  10: "(fa >= fb)",
  11: "(fa < fb)",
  12: "(fa > fb)",
  13: "(fa <= fb)",
};

function generate(blocks: Map<number, Block>): string {
  const regs = new Set<number>();
  for (const b of blocks.values()) {
    for (const { ins } of b.items) for (const x of ins.regs) regs.add(x);
  }
  const used = [...regs].sort((a, b) => a - b);
  // blocks are numbered densely in address order: a switch over small integers is a jump table
  const index = new Map([...blocks.keys()].map((a, i) => [a, i]));
  const cases: string[] = [];
  for (const b of blocks.values()) cases.push(blockCase(b, index));
  const load = used.map((x) => `r${x} = R[${x}] | 0`).join(", ");
  const store = used.map((x) => `R[${x}] = r${x};`).join(" ");
  return `"use strict";
return function region(m, k) {
  const R = m.regs, M = m.mem32;
  let ${load ? load + ", " : ""}n = m.n, z = m.z, c = m.c, v = m.v;
  let fa = 0, fb = 0, fr = 0, fc = 0, st = 0, over = false, pc = 0;
  const lim = m.txLimit - m.txSteps;
  out: for (;;) {
    switch (k) {
${cases.join("\n")}
      default: throw new Error("not a block: " + k);
    }
  }
  ${store}
  m.n = n; m.z = z; m.c = c; m.v = v;
  m.txSteps += st - 1; // the emulator counted this call as one
  m.pc = pc;
  if (over) fault(m, pc);
};`;
}

function blockCase(b: Block, index: Map<number, number>): string {
  const flags = new FlagState();
  const self = index.get(b.start)!;
  const out: string[] = [`case ${self}: {`, `st += ${b.steps};`];
  // liveness after each instruction, from the block's exit backwards
  const after: number[] = new Array(b.items.length);
  let live = b.liveOut;
  for (let i = b.items.length - 1; i >= 0; i--) {
    after[i] = live;
    const d = b.items[i].ins;
    live = (live & ~d.writes) | d.reads;
  }
  b.items.forEach(({ ins }, i) => {
    const e: JitEmit = {
      liveAfter: after[i],
      cond: (cc) => flags.cond(cc),
      flags: (kind, a, bb, carry) => flags.set(kind, a, bb, carry, after[i]),
    };
    const js = ins.emit(e);
    if (js !== "") out.push(js);
    if (ins.movesSp) {
      // sp out of the arena or unaligned: the emulator goes on from the next instruction
      const rest = b.items.slice(i + 1).reduce((n, x) => n + (x.ins.steps ?? 1), 0);
      const to = b.items[i].at + ins.size;
      out.push(
        `if (!J.spOk(M, r13)) { ${flags.materialize(true)} st -= ${rest}; pc = ${to}; break out; }`,
      );
    }
  });
  const test = b.cond === undefined
    ? undefined
    : typeof b.cond === "string"
    ? b.cond
    : flags.cond(b.cond);
  if (b.liveOut !== 0) out.push(flags.materialize());
  /** `last`: the block's final jump, which falls through into the next case when it can. */
  const go = (to: number, last: boolean) => {
    const k = index.get(to);
    if (k === undefined) return `pc = ${to}; break out;`;
    if (last && k === self + 1) return "";
    // a backward jump is a loop: check the step budget there
    const check = to <= b.start ? `if (st > lim) { pc = ${to}; over = true; break out; } ` : "";
    return `${check}k = ${k}; continue out;`;
  };
  const falls = b.target === undefined || test !== undefined;
  if (b.target !== undefined) {
    if (test !== undefined) out.push(`if (${test}) { ${go(b.target, false)} }`);
    else out.push(go(b.target, true));
  }
  if (falls) {
    const to = b.next ?? b.exitAt;
    if (to !== undefined) out.push(b.next !== undefined ? go(to, true) : `pc = ${to}; break out;`);
  }
  out.push("}");
  return out.join("\n");
}
