// The Thumb/Thumb-2 assembler behind asm_types.ts: picks encodings from the data tables
// (asm_thumb_table.ts, asm_vfp.ts) the way GNU as does in unified syntax, tracks IT blocks,
// and lays out labels with branch relaxation.
//
// Mnemonic names. The vocabulary is MicroPython's inline assembler (`and` for `and_`), plus
// GNU unified spellings:
// - A bare ALU name (add, sub, adc, sbc, neg, mul, and, orr, eor, bic, mvn, lsl, lsr, asr, ror,
//   mov with an immediate) means what MicroPython's asm_thumb emits: the flag-setting form,
//   i.e. unified `adds` outside an IT block and `add` (the same 16-bit encoding, which doesn't
//   set flags there) inside one. 32-bit encodings are used when the 16-bit one can't hold the
//   operands (armv7m), keeping those semantics (`adds.w` outside IT, `add.w` inside).
//   `mov`/`add` with two registers are the no-flags high-register forms (as MicroPython).
// - `adds` etc. are unified flag-setting; `.n`/`.w` suffixes force a width and then a name
//   without `s` is unified non-flag-setting (`add.w r0, r1, r2`).
// - Condition suffixes: `beq`…; inside an IT block an instruction may carry its condition
//   (`addeq`), which must match the block. `it`/`ite`/… take the condition as a label operand
//   (`{kind: "label", name: "eq"}`) or as a suffix (`iteeq` = ite + eq).
// - VFP: `vadd`, `vadd.f32`, `vcvt_f32_s32` / `vcvt.f32.s32`; precision follows the registers.
// - `mrs(r0, IPSR)`, `cpsid(i)` and `vmrs(APSR_nzcv, FPSCR)` take names as label operands.
import { AsmError, type Operand, type ThumbArch, type ThumbAssembler } from "./asm_types.ts";
import {
  ARCH_FEATURES,
  COND_CODES,
  type Ctx,
  type Form,
  kindChar,
  Reject,
  T2,
} from "./asm_thumb_enc.ts";
import { FLAG_SETTING, intFormsTable, TWO_OP } from "./asm_thumb_table.ts";
import { vfpMnemonic } from "./asm_vfp.ts";

type Branch = {
  k: "br";
  op: "b" | "bl" | "cbz" | "cbnz";
  cond: number; // 14 = always
  reg: number;
  label: string;
  line: number;
  mn: string;
  long: boolean;
  fixed: boolean; // width forced or only one width exists
};
type Item =
  | { k: "code"; bytes: number[] }
  | Branch
  | { k: "align"; n: number }
  | { k: "label"; name: string; line: number };

interface Parsed {
  base: string;
  s: boolean; // explicit flag-setting suffix
  cond: number; // -1 none
  width: "" | "n" | "w";
}

function splitCond(m: string): [string, number] {
  if (m.length > 2) {
    const cc = COND_CODES[m.slice(-2)];
    if (cc !== undefined) return [m.slice(0, -2), cc];
  }
  return [m, -1];
}

function parseMnemonic(mnemonic: string): Parsed | null {
  let m = mnemonic.toLowerCase();
  if (m === "and_") m = "and";
  let width: Parsed["width"] = "";
  const wm = /\.(n|w)$/.exec(m);
  if (wm) {
    width = wm[1] as "n" | "w";
    m = m.slice(0, -2);
  }
  if (m.startsWith("v")) return { base: m, s: false, cond: -1, width };
  const isBase = (b: string) =>
    b in intFormsTable() || b === "b" || b === "bl" || b === "cbz" || b === "cbnz";
  const tryS = (b: string): Parsed | null => {
    if (isBase(b)) return { base: b, s: false, cond: -1, width };
    if (b.endsWith("s") && FLAG_SETTING.has(b.slice(0, -1))) {
      return { base: b.slice(0, -1), s: true, cond: -1, width };
    }
    return null;
  };
  const direct = tryS(m);
  if (direct) return direct;
  const [stem, cc] = splitCond(m);
  if (cc >= 0) {
    const p = tryS(stem);
    if (p) return { ...p, cond: cc };
  }
  return null;
}

/** createAssembler, plus the label offsets after `finish()` (for tests and listings). */
export function createAssembler(
  arch: ThumbArch,
): ThumbAssembler & { labelOffsets(): Map<string, number> } {
  const features = ARCH_FEATURES[arch];
  const items: Item[] = [];
  const labels = new Set<string>();
  let itConds: number[] = []; // conditions of the instructions still in the current IT block
  let itLine = 0;

  const err = (msg: string, line: number) => new AsmError(msg, line);
  const emit = (hw: number[]) => {
    const bytes: number[] = [];
    for (const h of hw) bytes.push(h & 0xff, (h >> 8) & 0xff);
    items.push({ k: "code", bytes });
  };

  function doIt(mn: string, ops: Operand[], line: number) {
    let pattern = mn.slice(2);
    let cond = -1;
    if (ops.length === 1 && ops[0].kind === "label") {
      cond = COND_CODES[ops[0].name.toLowerCase()] ?? -1;
    } else if (ops.length === 0) [pattern, cond] = splitCond(pattern);
    if (cond < 0 || cond === 14 && pattern.includes("e")) {
      throw err(`'${mn}' expects a condition (eq, ne, ...)`, line);
    }
    if (!(features & T2)) throw err(`'${mn}' needs Thumb-2 (not on ${arch})`, line);
    if (itConds.length) throw err(`'${mn}' inside an IT block`, line);
    let mask = 0;
    const conds = [cond];
    for (let i = 0; i < pattern.length; i++) {
      const t = pattern[i] === "t";
      mask |= (t ? cond & 1 : (cond & 1) ^ 1) << (3 - i);
      conds.push(t ? cond : cond ^ 1);
    }
    mask |= 1 << (3 - pattern.length);
    emit([0xbf00 | cond << 4 | mask]);
    itConds = conds;
    itLine = line;
  }

  function select(p: Parsed, mn: string, ops: Operand[], line: number, inIT: boolean): number[] {
    let forms = intFormsTable()[p.base];
    let o = ops;
    if (forms === undefined) {
      const v = vfpMnemonic(p.base, ops);
      if (!v) throw err(`unsupported Thumb instruction '${mn}' with ${ops.length} arguments`, line);
      forms = v.forms;
      o = v.ops;
    }
    let pat = o.map(kindChar).join("");
    if (TWO_OP.has(p.base) && o.length === 2 && (pat === "rr" || pat === "ri")) {
      o = [o[0], o[0], o[1]];
      pat = "r" + pat;
    }
    // flag semantics requested
    let want: "s" | "n" | "x" = "x";
    if (FLAG_SETTING.has(p.base)) {
      if (p.s) want = "s";
      else if (p.width || inIT) want = "n";
      else if ((p.base === "mov" || p.base === "add") && ops.length === 2 && pat.endsWith("rr")) {
        want = "n";
      } else if (o.some((x) => x.kind === "reg" && (x.n === 13 || x.n === 15))) want = "n";
      else want = "s";
    }
    const ctx: Ctx = { mn, inIT, features };
    const shaped = forms.filter((f) => f.pat === pat);
    if (shaped.length === 0) {
      throw err(`unsupported Thumb instruction '${mn}' with ${ops.length} arguments`, line);
    }
    const flagOk = (f: Form) =>
      want === "x" || f.flags === "x" || f.flags === want ||
      (f.flags === "it" && (want === "s") !== inIT);
    const widthOk = (f: Form) => !p.width || (p.width === "n" ? f.size === 2 : f.size !== 2);
    const candidates = shaped.filter((f) => flagOk(f) && widthOk(f));
    let firstMsg = "";
    let archMiss = false;
    for (const f of candidates) {
      if ((f.feat & features) !== f.feat) {
        archMiss = true;
        continue;
      }
      try {
        return f.enc(o, ctx);
      } catch (e) {
        if (!(e instanceof Reject)) throw e;
        if (e.message) firstMsg = e.message; // the widest form's complaint is the telling one
      }
    }
    if (firstMsg) throw err(archMiss ? `${firstMsg} (on ${arch})` : firstMsg, line);
    if (archMiss) throw err(`'${mn}' with these operands isn't available on ${arch}`, line);
    throw err(`'${mn}' can't encode these operands`, line);
  }

  function branch(p: Parsed, mn: string, ops: Operand[], line: number, inIT: boolean) {
    const op = p.base as Branch["op"];
    const isCb = op === "cbz" || op === "cbnz";
    if (ops.length !== (isCb ? 2 : 1) || ops[ops.length - 1].kind !== "label") {
      if ((op === "b" || op === "bl") && ops.length === 1 && ops[0].kind !== "label") {
        throw err(`'${mn}' expects a label`, line);
      }
      throw err(`unsupported Thumb instruction '${mn}' with ${ops.length} arguments`, line);
    }
    const label = (ops[ops.length - 1] as { name: string }).name;
    let cond = p.cond < 0 ? 14 : p.cond;
    if (inIT) cond = 14; // conditional through the IT block: unconditional encodings
    let reg = 0;
    if (isCb) {
      if (!(features & T2)) throw err(`'${mn}' needs Thumb-2 (not on ${arch})`, line);
      if (ops[0].kind !== "reg" || ops[0].n > 7) throw err(`'${mn}' expects at most r7`, line);
      if (inIT) throw err(`'${mn}' can't be in an IT block`, line);
      reg = ops[0].n;
    }
    if (op === "bl" && p.cond >= 0 && !inIT) {
      throw err(`unsupported Thumb instruction '${mn}'`, line);
    }
    const hasLong = op === "bl" || (op === "b" && (features & T2) !== 0);
    const long = op === "bl" || p.width === "w";
    if (p.width === "w" && !hasLong) throw err(`'${mn}' needs Thumb-2 (not on ${arch})`, line);
    items.push({
      k: "br",
      op,
      cond,
      reg,
      label,
      line,
      mn,
      long,
      fixed: long || p.width === "n" || !hasLong || isCb,
    });
  }

  function layout(): Map<string, number> {
    const at = new Map<string, number>();
    let pc = 0;
    for (const it of items) {
      if (it.k === "code") pc += it.bytes.length;
      else if (it.k === "br") pc += it.long ? 4 : 2;
      else if (it.k === "align") pc = Math.ceil(pc / it.n) * it.n;
      else at.set(it.name, pc);
    }
    return at;
  }

  function brRange(b: Branch): [number, number] {
    if (b.op === "cbz" || b.op === "cbnz") return [0, 126];
    if (b.long) return b.cond === 14 ? [-(1 << 24), (1 << 24) - 2] : [-(1 << 20), (1 << 20) - 2];
    return b.cond === 14 ? [-2048, 2046] : [-256, 254];
  }

  function encodeBranch(b: Branch, off: number): number[] {
    if (b.op === "cbz" || b.op === "cbnz") {
      return [
        (b.op === "cbz" ? 0xb100 : 0xb900) | (off >> 6 & 1) << 9 | (off >> 1 & 0x1f) << 3 | b.reg,
      ];
    }
    if (!b.long) {
      return b.cond === 14
        ? [0xe000 | (off >> 1 & 0x7ff)]
        : [0xd000 | b.cond << 8 | (off >> 1 & 0xff)];
    }
    const s = off < 0 ? 1 : 0;
    if (b.cond !== 14 && b.op === "b") {
      return [
        0xf000 | s << 10 | b.cond << 6 | (off >> 12 & 0x3f),
        0x8000 | (off >> 18 & 1) << 13 | (off >> 19 & 1) << 11 | (off >> 1 & 0x7ff),
      ];
    }
    const j1 = 1 ^ (off >> 23 & 1) ^ s;
    const j2 = 1 ^ (off >> 22 & 1) ^ s;
    return [
      0xf000 | s << 10 | (off >> 12 & 0x3ff),
      (b.op === "bl" ? 0xd000 : 0x9000) | j1 << 13 | j2 << 11 | (off >> 1 & 0x7ff),
    ];
  }

  let finalLabels = new Map<string, number>();
  return {
    arch,
    labelOffsets: () => finalLabels,
    op(mnemonic: string, operands: Operand[], line: number): void {
      const mn = mnemonic.toLowerCase();
      if (
        /^it[te]{0,3}$/.test(mn) ||
        /^it[te]{0,3}(eq|ne|cs|hs|cc|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le|al)$/.test(mn)
      ) {
        doIt(mn, operands, line);
        return;
      }
      const p = parseMnemonic(mn);
      if (!p) {
        throw err(
          `unsupported Thumb instruction '${mnemonic}' with ${operands.length} arguments`,
          line,
        );
      }
      const inIT = itConds.length > 0;
      const itCond = inIT ? itConds.shift()! : -1;
      if (inIT && p.cond >= 0 && p.cond !== itCond && !(p.cond === 14 && itCond === 14)) {
        throw err(`'${mnemonic}' condition doesn't match the IT block (line ${itLine})`, line);
      }
      if (!inIT && p.cond >= 0 && p.base !== "b") {
        throw err(`'${mnemonic}': a conditional instruction needs an IT block`, line);
      }
      if (inIT && p.base === "b" && itConds.length > 0) {
        throw err(`'${mnemonic}' must be the last instruction of its IT block`, line);
      }
      if (p.base === "b" || p.base === "bl" || p.base === "cbz" || p.base === "cbnz") {
        branch(p, mnemonic, operands, line, inIT);
        return;
      }
      emit(select(p, mnemonic, operands, line, inIT));
    },
    label(name: string, line: number): void {
      if (labels.has(name)) throw err(`label '${name}' multiply defined`, line);
      labels.add(name);
      items.push({ k: "label", name, line });
    },
    align(n: number): void {
      if (!(n > 0) || (n & (n - 1)) !== 0) throw new AsmError(`align(${n}) needs a power of 2`, 0);
      items.push({ k: "align", n });
    },
    data(size: 1 | 2 | 4, values: number[]): void {
      const bytes: number[] = [];
      for (const v of values) {
        for (let i = 0; i < size; i++) {
          bytes.push(Number(BigInt.asUintN(32, BigInt(Math.trunc(v))) >> BigInt(8 * i) & 0xffn));
        }
      }
      items.push({ k: "code", bytes });
    },
    finish(): Uint8Array {
      for (const it of items) {
        if (it.k === "br" && !labels.has(it.label)) {
          throw err(`label '${it.label}' not defined`, it.line);
        }
      }
      // Relaxation: start short, lengthen out-of-range branches (measured on one consistent
      // layout per pass) until nothing changes; sizes only grow, so this terminates.
      let at = layout();
      for (let changed = true; changed;) {
        let pc = 0;
        const grow: Branch[] = [];
        for (const it of items) {
          if (it.k === "br") {
            const off = at.get(it.label)! - (pc + 4);
            const [min, max] = brRange(it);
            if ((off < min || off > max) && !it.fixed && !it.long) grow.push(it);
            pc += it.long ? 4 : 2;
          } else if (it.k === "code") pc += it.bytes.length;
          else if (it.k === "align") pc = Math.ceil(pc / it.n) * it.n;
        }
        for (const b of grow) b.long = true;
        changed = grow.length > 0;
        if (changed) at = layout();
      }
      finalLabels = at;
      const out: number[] = [];
      for (const it of items) {
        if (it.k === "code") out.push(...it.bytes);
        else if (it.k === "align") { while (out.length % it.n) out.push(0); }
        else if (it.k === "br") {
          const off = at.get(it.label)! - (out.length + 4);
          const [min, max] = brRange(it);
          if (off < min || off > max) {
            throw err(`branch not in range (${it.mn} to '${it.label}', offset ${off})`, it.line);
          }
          for (const h of encodeBranch(it, off)) out.push(h & 0xff, h >> 8 & 0xff);
        }
      }
      return new Uint8Array(out);
    },
  };
}
