// The instructions the Thumb translator (thumb_jit.ts) turns into JavaScript: the data
// processing, loads, stores and branches that native and viper code spends its loops in. Each
// becomes a small record: a statement generator over register variables r0-r14 and flag effects;
// everything else (calls, push/pop, IT blocks that set flags, VFP) stays with the emulator.
// Semantics as thumb_sim_decode*.ts (ARMv7-M ARM A5.2, A6.7); registers hold int32 values.

/** Flag bits for liveness: N Z C V. */
export const FN = 8, FZ = 4, FC = 2, FV = 1, FALL = 15;

/** Condition codes' flag reads (eq ne cs cc mi pl vs vc hi ls ge lt gt le al). */
export const COND_READS = [
  FZ,
  FZ,
  FC,
  FC,
  FN,
  FN,
  FV,
  FV,
  FC | FZ,
  FC | FZ,
  FN | FV,
  FN | FV,
  FZ | FN | FV,
  FZ | FN | FV,
  0,
];

/** How an instruction sets flags: a - b (sub), a + b (add), or N and Z from a result with C
 * from a shifter carry or unchanged and V unchanged (logic). */
export type FlagKind = "add" | "sub" | "logic";

/** What generated code can ask for while emitting one instruction. */
export interface JitEmit {
  /** Flags live after this instruction (bits FN..FV). */
  readonly liveAfter: number;
  /** A JS boolean expression for condition `cond` (0-14) under the current flags. */
  cond(cond: number): string;
  /** Statements that set the flags of `kind` from operand expressions (`a`, `b` for add and
   * sub; `res` and carry `c` for logic); the result is then in `fr`. */
  flags(kind: FlagKind, a: string, b: string, c?: string): string;
}

export type Control =
  | { kind: "next" }
  /** Direct branch (conditional when cond < 14, or when `test` gives a JS condition). */
  | { kind: "branch"; target: number; cond: number; test?: string }
  /** Left to the emulator; `falls`: execution may continue after it. */
  | { kind: "interp"; falls: boolean; skip?: number };

export interface JitIns {
  /** Bytes (more than 4 for a translated IT block with what it covers). */
  size: number;
  /** Flags read and written (bits). */
  reads: number;
  writes: number;
  control: Control;
  /** Statements (for branches: anything before the jump). */
  emit(e: JitEmit): string;
  /** Registers read or written (by number), for loading and storing them around the region. */
  regs: number[];
  /** Sets a register only (no flags, memory or control): may go inside an IT block. */
  plain?: boolean;
  /** Instructions it stands for (a translated IT block: the IT and those it covers). */
  steps?: number;
  /** Moves sp: translated code stops after it if sp is no longer as stackOk wants it. */
  movesSp?: boolean;
}

const NEXT: Control = { kind: "next" };
/** Where the emulator's arena starts (thumb_sim.ts ARENA_BASE; the stack is at its top). */
const ARENA_BASE = 0x20000000;

/** Whether sp is as native code keeps it: word-aligned, in the arena (the stack is at its top).
 * Translated code then reads and writes stack words as arena words directly. */
export function stackOk(M: Int32Array, sp: number): boolean {
  const o = sp - ARENA_BASE;
  return (o & 3) === 0 && o >= 0 && o <= M.length * 4;
}

const r = (n: number) => `r${n}`;

function interp(size: 2 | 4, falls = true, skip?: number): JitIns {
  return {
    size,
    reads: 0,
    writes: 0,
    control: { kind: "interp", falls, skip },
    emit: () => "",
    regs: [],
  };
}

function ins(
  size: 2 | 4,
  regs: number[],
  emit: (e: JitEmit) => string,
  writes = 0,
  control: Control = NEXT,
  reads = 0,
): JitIns {
  return { size, reads, writes, control, emit, regs };
}

/** Statements without flags or control (not for IT blocks: they may touch memory). */
function plainIns(size: 2 | 4, regs: number[], js: string): JitIns {
  return ins(size, regs, () => js);
}

/** A register-only instruction (no flags): usable inside IT blocks. */
function plain(size: 2 | 4, regs: number[], js: string): JitIns {
  return { ...ins(size, regs, () => js), plain: true };
}

/** `dst = a op b` with logic flags when live (setflags), or plainly. */
function logic(size: 2 | 4, regs: number[], dst: number, value: string, setflags: boolean) {
  if (!setflags) return plain(size, regs, `${r(dst)} = ${value};`);
  return ins(
    size,
    regs,
    (e) =>
      e.liveAfter === 0
        ? `${r(dst)} = ${value};`
        : `${e.flags("logic", value, "")} ${r(dst)} = fr;`,
    FN | FZ,
  );
}

/** `dst = a ± b` (int32) with add/sub flags when live. */
function arith(
  size: 2 | 4,
  regs: number[],
  dst: number | undefined,
  kind: "add" | "sub",
  a: string,
  b: string,
  setflags: boolean,
): JitIns {
  const op = kind === "add" ? "+" : "-";
  const set = dst === undefined ? "" : `${r(dst)} = `;
  if (!setflags) return plain(size, regs, `${set}(${a} ${op} ${b}) | 0;`);
  return ins(size, regs, (e) => {
    if (e.liveAfter === 0) return dst === undefined ? "" : `${set}(${a} ${op} ${b}) | 0;`;
    return `${e.flags(kind, a, b)}${dst === undefined ? "" : ` ${set}fr;`}`;
  }, FALL);
}

/** Shift by an immediate (LSL/LSR/ASR #imm5) with its carry out. */
function shiftImm(type: number, rd: number, rm: number, imm5: number, setflags: boolean): JitIns {
  const m = r(rm);
  if (type === 0 && imm5 === 0) return logic(2, [rd, rm], rd, m, setflags); // MOVS
  const n = type !== 0 && imm5 === 0 ? 32 : imm5;
  let value: string, carry: string;
  if (type === 0) {
    value = `${m} << ${n}`;
    carry = `(${m} >>> ${32 - n}) & 1`;
  } else if (type === 1) {
    value = n === 32 ? "0" : `(${m} >>> ${n}) | 0`;
    carry = `(${m} >>> ${n - 1}) & 1`;
  } else {
    value = `${m} >> ${n === 32 ? 31 : n}`;
    carry = `(${m} >>> ${n === 32 ? 31 : n - 1}) & 1`;
  }
  if (!setflags) return plain(2, [rd, rm], `${r(rd)} = ${value};`);
  return ins(
    2,
    [rd, rm],
    (e) =>
      e.liveAfter === 0
        ? `${r(rd)} = ${value};`
        : `${e.flags("logic", value, "", (e.liveAfter & FC) ? carry : undefined)} ${r(rd)} = fr;`,
    FN | FZ | FC,
  );
}

/** Shift by a register (format 4 LSL/LSR/ASR): amount is the low byte of rs. */
function shiftReg(op: number, rdn: number, rs: number, setflags: boolean): JitIns {
  const x = r(rdn), s = `(${r(rs)} & 255)`;
  const fn = ["J.lsl", "J.lsr", "J.asr"][op];
  const value = `${fn}(${x}, ${s})`;
  if (!setflags) return plain(2, [rdn, rs], `${x} = ${value};`);
  return ins(
    2,
    [rdn, rs],
    (e) => {
      if (e.liveAfter === 0) return `${x} = ${value};`;
      // a zero amount leaves C as it was
      const carry = (e.liveAfter & FC) ? `${fn}c(${x}, ${s}, ${e.cond(2)} ? 1 : 0)` : undefined;
      return `${e.flags("logic", value, "", carry)} ${x} = fr;`;
    },
    FN | FZ | FC,
    NEXT,
    FC,
  );
}

/** A load: rt = memory (size 4/2/1, signed for ldrsb/ldrsh). */
function load(
  size: 2 | 4,
  rt: number,
  addr: string,
  bytes: number,
  signed: boolean,
  regs: number[],
) {
  const read = bytes === 4 ? `m.read32(${addr}) | 0` : `m.read${bytes * 8}(${addr})`;
  const value = signed ? `(${read} << ${32 - bytes * 8}) >> ${32 - bytes * 8}` : read;
  return ins(size, [rt, ...regs], () => `${r(rt)} = ${value};`);
}

function store(size: 2 | 4, rt: number, addr: string, bytes: number, regs: number[]) {
  return ins(size, [rt, ...regs], () => `m.write${bytes * 8}(${addr}, ${r(rt)});`);
}

/** Decode the instruction at `pc` for translation; `fetch` reads a halfword of code. */
export function decodeForJit(fetch: (a: number) => number, pc: number, inIT: boolean): JitIns {
  const hw = fetch(pc);
  if ((hw >>> 11) >= 0x1d) return decode32(hw, fetch(pc + 2), pc);
  const sf = !inIT;
  const top5 = hw >>> 11;
  const rd = hw & 7, rn3 = (hw >> 3) & 7;
  if (top5 < 3) return shiftImm(top5, rd, rn3, (hw >> 6) & 31, sf);
  if (top5 === 3) {
    const imm = (hw & 0x400) !== 0, sub = (hw & 0x200) !== 0, x = (hw >> 6) & 7;
    const b = imm ? String(x) : r(x);
    return arith(2, imm ? [rd, rn3] : [rd, rn3, x], rd, sub ? "sub" : "add", r(rn3), b, sf);
  }
  if (top5 < 8) {
    const d = (hw >> 8) & 7, imm = hw & 0xff;
    switch (top5) {
      case 4:
        return logic(2, [d], d, String(imm), sf);
      case 5:
        return arith(2, [d], undefined, "sub", r(d), String(imm), true);
      case 6:
        return arith(2, [d], d, "add", r(d), String(imm), sf);
      default:
        return arith(2, [d], d, "sub", r(d), String(imm), sf);
    }
  }
  if ((hw >> 10) === 0x10) return format4((hw >> 6) & 15, rd, rn3, sf);
  if ((hw >> 10) === 0x11) return special(hw, pc);
  if (top5 === 9) { // LDR literal
    const addr = ((pc + 4) & ~3) + (hw & 0xff) * 4;
    return load(2, (hw >> 8) & 7, String(addr), 4, false, []);
  }
  if ((hw >> 12) === 5) { // register offset
    const rm = (hw >> 6) & 7, op = (hw >> 9) & 7;
    const addr = `${r(rn3)} + ${r(rm)}`, regs = [rn3, rm];
    if (op < 3) return store(2, rd, addr, [4, 2, 1][op], regs);
    const [bytes, signed] = [[1, true], [4, false], [2, false], [1, false], [2, true]][op - 3] as [
      number,
      boolean,
    ];
    return load(2, rd, addr, bytes, signed, regs);
  }
  if ((hw >> 13) === 3 || (hw >> 12) === 8) { // immediate offset: word, byte, halfword
    const bytes = (hw >> 12) === 8 ? 2 : (hw & 0x1000) ? 1 : 4;
    const addr = `${r(rn3)} + ${((hw >> 6) & 31) * bytes}`;
    return (hw & 0x800) ? load(2, rd, addr, bytes, false, [rn3]) : store(2, rd, addr, bytes, [rn3]);
  }
  if ((hw >> 12) === 9) { // sp-relative: a word of the stack, at the top of the arena
    const t = (hw >> 8) & 7, off = (hw & 0xff) * 4;
    // translated code runs only while sp is as native code keeps it (thumb_jit.ts)
    const word = `M[(r13 - ${ARENA_BASE - off}) >> 2]`;
    return (hw & 0x800)
      ? plainIns(2, [t, 13], `${r(t)} = ${word};`)
      : plainIns(2, [t, 13], `${word} = ${r(t)};`);
  }
  if (top5 === 0x14) {
    return plain(
      2,
      [(hw >> 8) & 7],
      `${r((hw >> 8) & 7)} = ${((pc + 4) & ~3) + (hw & 0xff) * 4} | 0;`,
    );
  }
  if (top5 === 0x15) {
    return plain(2, [(hw >> 8) & 7, 13], `${r((hw >> 8) & 7)} = (r13 + ${(hw & 0xff) * 4}) | 0;`);
  }
  if ((hw >> 12) === 0xb) return misc(hw, pc);
  if ((hw >> 12) === 0xd) {
    const cond = (hw >> 8) & 15;
    if (cond >= 14) return interp(2); // udf, svc
    const target = pc + 4 + (((hw & 0xff) << 24) >> 23);
    return branch(2, target, cond, []);
  }
  if (top5 === 0x1c) return branch(2, pc + 4 + (((hw & 0x7ff) << 21) >> 20), 14, []);
  return interp(2);
}

function branch(size: 2 | 4, target: number, cond: number, regs: number[], test?: string) {
  return ins(
    size,
    regs,
    () => "",
    0,
    { kind: "branch", target, cond, test },
    COND_READS[cond] ?? 0,
  );
}

/** Data processing, format 4 (A5.2.2). */
function format4(op: number, rdn: number, rm: number, sf: boolean): JitIns {
  const d = r(rdn), s = r(rm), regs = [rdn, rm];
  switch (op) {
    case 0:
      return logic(2, regs, rdn, `${d} & ${s}`, sf);
    case 1:
      return logic(2, regs, rdn, `${d} ^ ${s}`, sf);
    case 2:
    case 3:
    case 4:
      return shiftReg(op - 2, rdn, rm, sf);
    case 8: // TST
      return ins(
        2,
        regs,
        (e) => e.liveAfter === 0 ? "" : e.flags("logic", `${d} & ${s}`, ""),
        FN | FZ,
      );
    case 9: // RSB #0 (NEG)
      return arith(2, regs, rdn, "sub", "0", s, sf);
    case 10:
      return arith(2, regs, undefined, "sub", d, s, true);
    case 11:
      return arith(2, regs, undefined, "add", d, s, true);
    case 12:
      return logic(2, regs, rdn, `${d} | ${s}`, sf);
    case 13:
      return logic(2, regs, rdn, `Math.imul(${d}, ${s})`, sf);
    case 14:
      return logic(2, regs, rdn, `${d} & ~${s}`, sf);
    case 15:
      return logic(2, regs, rdn, `~${s}`, sf);
    default: // ADC, SBC, ROR
      return interp(2);
  }
}

/** ADD/CMP/MOV with high registers, BX/BLX (A5.2.3). */
function special(hw: number, pc: number): JitIns {
  const op = (hw >> 8) & 3;
  const rm = (hw >> 3) & 15, rdn = ((hw >> 4) & 8) | (hw & 7);
  if (op === 3) return interp(2, (hw & 0x80) !== 0); // blx returns here, bx does not
  if (rdn === 15) return interp(2, false); // a write to pc
  if (rdn === 13 && op !== 1) return interp(2); // sp moves only by immediates in translations
  const src = rm === 15 ? String((pc + 4) | 0) : r(rm);
  const regs = rm === 15 ? [rdn] : [rdn, rm];
  if (op === 0) return plain(2, regs, `${r(rdn)} = (${r(rdn)} + ${src}) | 0;`);
  if (op === 1) return arith(2, regs, undefined, "sub", r(rdn), src, true);
  return plain(2, regs, `${r(rdn)} = ${src};`);
}

/** Miscellaneous 16-bit instructions (A5.2.5). */
function misc(hw: number, pc: number): JitIns {
  const op = (hw >> 5) & 0x7f;
  if ((op & 0x7c) === 0) { // ADD/SUB sp, #imm7*4
    const imm = (hw & 0x7f) * 4;
    return {
      ...plainIns(2, [13], `r13 = (r13 ${(op & 2) ? "-" : "+"} ${imm}) | 0;`),
      movesSp: true,
    };
  }
  if ((op & 0x78) === 0x10) { // SXTH SXTB UXTH UXTB
    const d = r(hw & 7), m = (hw >> 3) & 7;
    const value = [`(r${m} << 16) >> 16`, `(r${m} << 24) >> 24`, `r${m} & 65535`, `r${m} & 255`][
      (hw >> 6) & 3
    ];
    return plain(2, [hw & 7, m], `${d} = ${value};`);
  }
  if ((hw & 0xf500) === 0xb100) { // CBZ / CBNZ
    const n = hw & 7, target = pc + 4 + ((((hw >> 9) & 1) << 6) | (((hw >> 3) & 31) << 1));
    const test = (hw & 0x800) ? `r${n} !== 0` : `r${n} === 0`;
    return branch(2, target, 14, [n], test);
  }
  if ((hw & 0xff00) === 0xbf00) {
    if ((hw & 15) === 0) return plain(2, [], ""); // NOP and hints
    return itInstruction(hw);
  }
  return interp(2, (hw & 0xff00) !== 0xbd00); // push, pop (not pop {pc}), bkpt, rev, cps
}

/** An IT instruction: the caller translates the block when every instruction in it is plain;
 * `skip` is the number of instructions it covers. */
function itInstruction(hw: number): JitIns {
  const mask = hw & 15;
  const count = 4 - (mask & -mask).toString(2).length + 1;
  return {
    ...interp(2, true, count),
    reads: COND_READS[(hw >> 4) & 15] ?? FALL,
  };
}

/** The conditions of the instructions an IT instruction covers. */
export function itConditions(hw: number): number[] {
  let it = hw & 0xff;
  const out: number[] = [];
  while (it !== 0) {
    out.push(it >> 4);
    it = (it & 7) === 0 ? 0 : (it & 0xe0) | ((it << 1) & 0x1f);
  }
  return out;
}

/** 32-bit instructions: MOVW/MOVT, loads and stores with a 12-bit or 8-bit offset, B.W. */
function decode32(hw1: number, hw2: number, pc: number): JitIns {
  if ((hw1 & 0xfb70) === 0xf240 && (hw2 & 0x8000) === 0) { // MOVW / MOVT
    const d = (hw2 >> 8) & 15;
    const imm = ((hw1 & 15) << 12) | (((hw1 >> 10) & 1) << 11) | (((hw2 >> 12) & 7) << 8) |
      (hw2 & 0xff);
    if (d >= 13) return interp(4);
    return (hw1 & 0x80)
      ? plain(4, [d], `r${d} = (r${d} & 65535) | ${imm << 16};`)
      : plain(4, [d], `r${d} = ${imm};`);
  }
  if ((hw1 & 0xf800) === 0xf000 && (hw2 & 0xd000) === 0x8000) { // B.W cond (T3)
    const cond = (hw1 >> 6) & 15;
    if (cond >= 14) return interp(4);
    const s = (hw1 >> 10) & 1, j1 = (hw2 >> 13) & 1, j2 = (hw2 >> 11) & 1;
    const off = (s << 20) | (j2 << 19) | (j1 << 18) | ((hw1 & 63) << 12) | ((hw2 & 0x7ff) << 1);
    return branch(4, pc + 4 + ((off << 11) >> 11), cond, []);
  }
  if ((hw1 & 0xf800) === 0xf000 && (hw2 & 0xd000) === 0x9000) { // B.W (T4)
    const s = (hw1 >> 10) & 1, j1 = (hw2 >> 13) & 1, j2 = (hw2 >> 11) & 1;
    const i1 = 1 - (j1 ^ s), i2 = 1 - (j2 ^ s);
    const off = (s << 24) | (i1 << 23) | (i2 << 22) | ((hw1 & 0x3ff) << 12) | ((hw2 & 0x7ff) << 1);
    return branch(4, pc + 4 + ((off << 7) >> 7), 14, []);
  }
  if ((hw1 & 0xfe00) === 0xf800) return loadStore32(hw1, hw2);
  return interp(4);
}

/** LDR/STR{B,H}.W and LDRS{B,H}.W with an immediate offset (A5.3.7-A5.3.10). */
function loadStore32(hw1: number, hw2: number): JitIns {
  const n = hw1 & 15, t = (hw2 >> 12) & 15, size = (hw1 >> 5) & 3, isLoad = (hw1 & 0x10) !== 0;
  const signed = (hw1 & 0x100) !== 0;
  if (n === 15 || t >= 13 || size === 3 || (signed && (!isLoad || size === 2))) return interp(4);
  let off: number;
  if (hw1 & 0x80) off = hw2 & 0xfff;
  else if ((hw2 & 0xf00) === 0xc00) off = -(hw2 & 0xff); // P=1 U=0 W=0
  else if ((hw2 & 0xf00) === 0xe00) return interp(4); // unprivileged forms
  else if ((hw2 & 0x800) === 0 && (hw2 & 0xfc0) === 0) { // register offset, LSL #imm2
    const m = hw2 & 15;
    if (m >= 13) return interp(4);
    const addr = `r${n} + (r${m} << ${(hw2 >> 4) & 3})`;
    const bytes = [1, 2, 4][size];
    return isLoad ? load(4, t, addr, bytes, signed, [n, m]) : store(4, t, addr, bytes, [n, m]);
  } else return interp(4); // pre/post-indexed with writeback
  const addr = `r${n} + ${off}`, bytes = [1, 2, 4][size];
  return isLoad ? load(4, t, addr, bytes, signed, [n]) : store(4, t, addr, bytes, [n]);
}

/** Runtime helpers the generated code calls (J): register shifts with their carry out, and
 * memory reads through the machine. */
export const JIT_HELPERS = {
  spOk: stackOk,
  lsl: (x: number, s: number) => s < 32 ? x << s : 0,
  lsr: (x: number, s: number) => s < 32 ? (x >>> s) | 0 : 0,
  asr: (x: number, s: number) => x >> (s < 32 ? s : 31),
  lslc: (x: number, s: number, c: number) => s === 0 ? c : s <= 32 ? (x >>> (32 - s)) & 1 : 0,
  lsrc: (x: number, s: number, c: number) => s === 0 ? c : s <= 32 ? (x >>> (s - 1)) & 1 : 0,
  asrc: (x: number, s: number, c: number) => s === 0 ? c : (x >>> (s < 32 ? s - 1 : 31)) & 1,
};
