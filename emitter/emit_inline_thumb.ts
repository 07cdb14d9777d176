// The `@micropython.asm_thumb` front end: a function body of calls such as `add(r0, r0, r1)` →
// ThumbAssembler instructions, with MicroPython's syntax rules and error texts (py/compile.c
// compile_scope_inline_asm and py/emitinlinethumb.c). Operands are checked here exactly as
// emitinlinethumb.c checks them (register ranges, immediate masks, Thumb-2-only forms), so the
// errors do not depend on the assembler; the assembler only encodes.
import type { Expr, FunctionDef, Stmt } from "../src/py/ast.ts";
import type { ConstObj } from "../src/py/compile_prep.ts";
import type { EmitResult, InlineAsmEmitter } from "../src/py/emit.ts";
import { RawCodeKind } from "../src/py/raw_code.ts";
import {
  AsmError,
  type InlineAsmTarget,
  type Operand,
  type ThumbArch,
  type ThumbAssembler,
} from "./asm_types.ts";
import { ARCH_FEATURES, FP, T2 } from "./asm_thumb_enc.ts";

type Node = Expr | ConstObj;

/** Return-type codes stored as the raw code's type_sig (MP_NATIVE_TYPE_*). */
export const AsmTypeSig = { OBJ: 0, BOOL: 1, INT: 2, UINT: 3 } as const;

export interface InlineAsmCode {
  code: Uint8Array;
  nPosArgs: number;
  typeSig: number;
}

/** Raised for a user error; the caller turns it into a SyntaxError at `line`. */
export { AsmError };

/** The `asm_thumb` backend of the compiler's per-scope selection (emit_factory.ts). */
export function inlineThumbEmitter(target: InlineAsmTarget): InlineAsmEmitter {
  return {
    check(fn: FunctionDef): void {
      checkInlineAsmScope(fn);
    },
    assemble(fn: FunctionDef): EmitResult {
      const r = compileInlineThumb(fn, target.create(target.arch));
      return {
        kind: RawCodeKind.NATIVE_ASM,
        data: r.code,
        children: [],
        scopeFlags: 0,
        nPosArgs: r.nPosArgs,
        typeSig: r.typeSig,
      };
    },
  };
}

const CONDS = ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"];
const REG_NAMES: ReadonlyMap<string, number> = new Map([
  ...Array.from({ length: 16 }, (_, i) => [`r${i}`, i] as [string, number]),
  ["sl", 10],
  ["fp", 11],
  ["sp", 13],
  ["lr", 14],
  ["pc", 15],
]);
const FORMAT_4 = new Set([
  "and_",
  "eor",
  "lsl",
  "lsr",
  "asr",
  "adc",
  "sbc",
  "ror",
  "tst",
  "neg",
  "cmp",
  "cmn",
  "orr",
  "mul",
  "bic",
  "mvn",
]);
const LDR_STR: Record<string, number> = {
  ldr: 0x7c,
  ldrb: 0x1f,
  ldrh: 0x3e,
  str: 0x7c,
  strb: 0x1f,
  strh: 0x3e,
};
const VFP_3 = new Set(["vadd", "vsub", "vmul", "vdiv"]);
const VFP_2 = new Set(["vcmp", "vsqrt", "vneg", "vcvt_f32_s32", "vcvt_s32_f32"]);

const isId = (n: Node | undefined): n is Extract<Expr, { k: "name" }> => n?.k === "name";
const idStr = (n: Node | undefined): string => isId(n) ? n.id : "";
/** MP_PARSE_NODE_IS_SMALL_INT. */
const smallInt = (n: Node | undefined): number | undefined =>
  n?.k === "const" && n.value.kind === "int" ? Number(n.value.value) : undefined;
/** mp_parse_node_get_int_maybe (small int or int constant object), truncated to 32 bits. */
function intMaybe(n: Node | undefined): number | undefined {
  if (n?.k === "const" && n.value.kind === "int") return Number(BigInt.asUintN(32, n.value.value));
  if (n?.k === "constobj" && n.value.kind === "int") {
    return Number(BigInt.asUintN(32, n.value.value));
  }
  return undefined;
}

/** An asm statement as compile_scope_inline_asm sees it: an instruction name and its args. */
interface Instr {
  op: string;
  args: Node[];
  line: number;
}

/** Checks done in every pass, so already in the SCOPE pass: the shape of each statement and of
 * the label/align/data directives, and the return annotation. Returns the type sig. */
export function checkInlineAsmScope(fn: FunctionDef): { instrs: Instr[]; typeSig: number } {
  let typeSig: number = AsmTypeSig.INT;
  const ann = fn.returns as Node | undefined;
  if (ann) {
    if (!isId(ann)) throw new AsmError("return annotation must be an identifier", ann.line);
    const sig = ({ object: 0, bool: 1, int: 2, uint: 3 } as Record<string, number>)[ann.id];
    if (sig === undefined) throw new AsmError("unknown type", ann.line);
    typeSig = sig;
  }
  const instrs: Instr[] = [];
  for (const s of fn.body as Stmt[]) {
    if (s.k === "pass") continue;
    const call = s.k === "expr" ? s.value : undefined;
    if (call?.k !== "call" || call.func.k !== "name") {
      throw new AsmError("expecting an assembler instruction", s.line);
    }
    const op = call.func.id;
    // Keyword and starred arguments are argument nodes that are never IDs or ints.
    const args: Node[] = [
      ...call.args,
      ...call.keywords.map(() => ({ k: "tuple", elts: [], line: s.line }) as Expr),
    ];
    const line = s.line;
    if (op === "label" && !(args.length === 1 && isId(args[0]))) {
      throw new AsmError("'label' requires 1 argument", line);
    } else if (op === "align" && !(args.length === 1 && smallInt(args[0]) !== undefined)) {
      throw new AsmError("'align' requires 1 argument", line);
    } else if (op === "data" && !(args.length >= 2 && smallInt(args[0]) !== undefined)) {
      throw new AsmError("'data' requires at least 2 arguments", line);
    }
    instrs.push({ op, args, line });
  }
  return { instrs, typeSig };
}

/** emit_inline_thumb_count_params. */
export function countParams(fn: FunctionDef): number {
  const a = fn.args;
  const n = a.args.length + (a.vararg ? 1 : 0) + a.kwonly.length + (a.kwarg ? 1 : 0);
  // The error points at the def (a decorated FunctionDef's own line is the decorator's).
  const line = a.args[0]?.line ?? fn.line;
  if (n > 4) throw new AsmError("can only have up to 4 parameters to Thumb assembly", line);
  const plain = !a.vararg && !a.kwarg && a.kwonly.length === 0 && a.defaults.length === 0;
  a.args.forEach((p, i) => {
    if (!plain || p.annotation || p.name !== `r${i}`) {
      throw new AsmError("parameters must be registers in sequence r0 to r3", line);
    }
  });
  if (!plain) throw new AsmError("parameters must be registers in sequence r0 to r3", line);
  return n;
}

const reg = (n: number): Operand => ({ kind: "reg", n });
const imm = (value: number): Operand => ({ kind: "imm", value });

/** Operand checks for one instruction; like emitinlinethumb.c, the last error wins. */
class OpReader {
  error: string | undefined;
  constructor(readonly op: string) {}

  reg(n: Node | undefined, max: number): number {
    const r = REG_NAMES.get(idStr(n));
    if (r === undefined) {
      this.error = `'${this.op}' expects a register`;
      return 0;
    }
    if (r > max) {
      this.error = `'${this.op}' expects at most r${max}`;
      return 0;
    }
    return r;
  }

  vfp(n: Node | undefined): number {
    const s = idStr(n);
    if (/^s[0-9]+$/.test(s)) {
      const r = Number(s.slice(1));
      if (r <= 31) return r;
      this.error = `'${this.op}' expects at most r31`;
      return 0;
    }
    this.error = `'${this.op}' expects an FPU register`;
    return 0;
  }

  int(n: Node | undefined, mask: number): number {
    const i = intMaybe(n);
    if (i === undefined) {
      this.error = `'${this.op}' expects an integer`;
      return 0;
    }
    if ((i & ~mask) !== 0) {
      this.error = `'${this.op}' integer 0x${i.toString(16)} doesn't fit in mask 0x${
        (mask >>> 0).toString(16)
      }`;
      return 0;
    }
    return i;
  }

  addr(n: Node | undefined): [Node, Node] | undefined {
    if (n?.k === "list" && n.elts.length === 2) return [n.elts[0], n.elts[1]];
    this.error = `'${this.op}' expects an address of the form [a, b]`;
    return undefined;
  }

  label(n: Node | undefined): string {
    if (!isId(n)) {
      this.error = `'${this.op}' expects a label`;
      return "";
    }
    return n.id;
  }

  reglist(n: Node | undefined): number[] {
    if (n?.k !== "set" || n.elts.length === 0) {
      this.error = `'${this.op}' expects {r0, r1, ...}`;
      return [];
    }
    let mask = 0;
    for (const e of n.elts) mask |= 1 << this.reg(e, 15);
    return Array.from({ length: 16 }, (_, i) => i).filter((i) => mask & (1 << i));
  }
}

type Emit = (mnemonic: string, operands: Operand[], raw?: number[]) => void;

/** emit_inline_thumb_op: validates and emits one instruction; returns an error text or
 * undefined. `labels` are checked only when `checkLabels` (the EMIT pass). */
function emitOp(
  ins: Instr,
  arch: ThumbArch,
  emit: Emit,
  labelDefined: (name: string) => boolean,
  checkLabels: boolean,
): string | undefined {
  const { op, args } = ins;
  const n = args.length;
  // Which instructions exist is the assembler's knowledge (the arch feature table).
  const v7m = (ARCH_FEATURES[arch] & T2) !== 0;
  const fp = (ARCH_FEATURES[arch] & FP) !== 0;
  const r = new OpReader(op);
  const unknown = () => `unsupported Thumb instruction '${op}' with ${n} arguments`;
  const lab = (a: Node): Operand => {
    const name = r.label(a);
    if (checkLabels && r.error === undefined && !labelDefined(name)) {
      r.error = `label '${name}' not defined`;
    }
    return { kind: "label", name };
  };
  const mem = (a: Node, max: number, mask: number): Operand => {
    const ad = r.addr(a);
    if (!ad) return { kind: "mem", base: 0, offset: 0 };
    const base = r.reg(ad[0], max);
    return { kind: "mem", base, offset: r.int(ad[1], mask) };
  };
  const out: [string, Operand[], number[]?][] = [];
  /** `raw`: MicroPython's 16-bit encoding, used outside IT blocks where the assembler's
   * choice would differ. */
  const put = (m: string, ops: Operand[], raw?: number[]) => out.push([m, ops, raw]);

  if (fp && op[0] === "v") {
    if (n === 2 && VFP_2.has(op)) {
      // MicroPython's vcmp sets the E bit (0x0ac0): it is vcmpe.
      const m = op === "vcmp" ? "vcmpe" : op;
      put(m, [{ kind: "sreg", n: r.vfp(args[0]) }, { kind: "sreg", n: r.vfp(args[1]) }]);
    } else if (n === 2 && op === "vmrs") {
      const d = idStr(args[0]) === "APSR_nzcv" ? 15 : r.reg(args[0], 15);
      if (idStr(args[1]) !== "FPSCR") return unknown();
      put(op, [reg(d), { kind: "label", name: "FPSCR" }]);
    } else if (n === 2 && op === "vmov") {
      if (idStr(args[0])[0] === "r") {
        put(op, [reg(r.reg(args[0], 15)), { kind: "sreg", n: r.vfp(args[1]) }]);
      } else {
        put(op, [{ kind: "sreg", n: r.vfp(args[0]) }, reg(r.reg(args[1], 15))]);
      }
    } else if (n === 2 && (op === "vldr" || op === "vstr")) {
      put(op, [{ kind: "sreg", n: r.vfp(args[0]) }, mem(args[1], 7, 0x3fc)]);
    } else if (n === 3 && VFP_3.has(op)) {
      put(op, args.map((a) => ({ kind: "sreg", n: r.vfp(a) }) as Operand));
    } else return unknown();
  } else if (n === 0) {
    if (op !== "nop" && op !== "wfi") return unknown();
    put(op, []);
  } else if (n === 1) {
    const bcc = /^b(eq|ne|cs|cc|mi|pl|vs|vc|hi|ls|ge|lt|gt|le)(_n|_w)?$/.exec(op);
    // asm_thumb_b_n_label / asm_thumb_bcc_nw_label: `b` and `bCC` are always the 16-bit form
    // (an error when out of range), `bCC_w` the 32-bit one.
    if (op === "b") put("b.n", [lab(args[0])]);
    else if (op === "bl") put(op, [lab(args[0])]);
    else if (op === "bx") put(op, [reg(r.reg(args[0], 15))]);
    else if (bcc && (bcc[2] !== "_w" || v7m)) {
      put(`b${bcc[1]}.${bcc[2] === "_w" ? "w" : "n"}`, [lab(args[0])]);
    } else if (v7m && op.startsWith("it")) {
      const cc = idStr(args[0]);
      if (!CONDS.includes(cc) || op.length > 5 || !/^it[te]*$/.test(op)) return unknown();
      put(op, [{ kind: "label", name: cc }]);
    } else if (op === "cpsid" || op === "cpsie") put(op, [{ kind: "label", name: "i" }]);
    else if (op === "push" || op === "pop") {
      const regs = r.reglist(args[0]);
      const high = regs.some((x) => x >= 8);
      if (high && !v7m) return unknown();
      // Deliberately not emitinlinethumb.c's bytes: it emits STMDB/LDMIA for any register above
      // r7, and with one register (push({lr}), pop({pc}), push({r8})) that is UNPREDICTABLE
      // (a Cortex-M3 faults on it). The assembler picks what GNU as does: the 16-bit PUSH/POP
      // for r0-r7 plus lr/pc, str.w/ldr.w for one high register, else STMDB/LDMIA.
      put(op, [{ kind: "reglist", regs }]);
    } else return unknown();
  } else if (n === 2) {
    if (isId(args[1])) {
      if (op === "mov") put(op, [reg(r.reg(args[0], 15)), reg(r.reg(args[1], 15))]);
      else if (v7m && (op === "clz" || op === "rbit")) {
        put(op, [reg(r.reg(args[0], 15)), reg(r.reg(args[1], 15))]);
      } else if (v7m && op === "mrs") {
        const d = r.reg(args[0], 12);
        const sr = idStr(args[1]);
        if (sr !== "IPSR" && sr !== "BASEPRI") r.error = `'${op}' expects a special register`;
        put(op, [reg(d), { kind: "label", name: sr }]);
      } else if (FORMAT_4.has(op)) put(op, [reg(r.reg(args[0], 7)), reg(r.reg(args[1], 7))]);
      else return unknown();
    } else {
      if (op === "mov" || op === "cmp" || op === "add" || op === "sub") {
        put(op, [reg(r.reg(args[0], 7)), imm(r.int(args[1], 0xff))]);
      } else if (v7m && (op === "movw" || op === "movt")) {
        put(op, [reg(r.reg(args[0], 15)), imm(r.int(args[1], 0xffff))]);
      } else if (v7m && op === "movwt") {
        const d = r.reg(args[0], 15);
        const v = r.int(args[1], 0xffffffff) >>> 0;
        put("movw", [reg(d), imm(v & 0xffff)]);
        put("movt", [reg(d), imm(v >>> 16)]);
      } else if (v7m && op === "ldrex") {
        put(op, [reg(r.reg(args[0], 15)), mem(args[1], 15, 0xff)]);
      } else if (op in LDR_STR) {
        const d = r.reg(args[0], 7);
        if (!r.addr(args[1])) return unknown();
        put(op, [reg(d), mem(args[1], 7, LDR_STR[op])]);
      } else return unknown();
    }
  } else if (n === 3) {
    if (op === "lsl" || op === "lsr" || op === "asr") {
      put(op, [reg(r.reg(args[0], 7)), reg(r.reg(args[1], 7)), imm(r.int(args[2], 0x1f))]);
    } else if (op === "add" || op === "sub") {
      const d = r.reg(args[0], 7);
      const s = r.reg(args[1], 7);
      if (isId(args[2])) put(op, [reg(d), reg(s), reg(r.reg(args[2], 7))]);
      else {
        // Format 2 (imm3) even when rd == rs, where unified syntax would pick the imm8 form.
        const i3 = r.int(args[2], 7);
        put(op, [reg(d), reg(s), imm(i3)], [
          (op === "add" ? 0x1c00 : 0x1e00) | i3 << 6 | s << 3 | d,
        ]);
      }
    } else if (v7m && (op === "sdiv" || op === "udiv")) {
      put(op, args.map((a) => reg(r.reg(a, 15))));
    } else if (v7m && op === "strex") {
      put(op, [reg(r.reg(args[0], 15)), reg(r.reg(args[1], 15)), mem(args[2], 15, 0xff)]);
    } else return unknown();
  } else return unknown();
  if (r.error !== undefined) return r.error;
  for (const [m, ops, raw] of out) emit(m, ops, raw);
  return undefined;
}

/** asm_thumb_entry(0) / asm_thumb_exit: push {r1, r4-r7, lr} … pop {r1, r4-r7, pc}. */
const ENTRY = 0xb5f2;
const EXIT = 0xbdf2;

/**
 * Assembles an asm_thumb function (the CODE_SIZE and EMIT passes of compile_scope_inline_asm).
 * Throws AsmError carrying MicroPython's message and the source line.
 */
export function compileInlineThumb(fn: FunctionDef, asm: ThumbAssembler): InlineAsmCode {
  const { instrs, typeSig } = checkInlineAsmScope(fn);
  const nPosArgs = countParams(fn);
  // CODE_SIZE pass: every check but undefined labels, and duplicate labels.
  const labels = new Set<string>();
  const noEmit: Emit = () => {};
  for (const ins of instrs) {
    if (ins.op === "label") {
      const name = idStr(ins.args[0]);
      if (labels.has(name)) throw new AsmError("label redefined", ins.line);
      labels.add(name);
    } else if (ins.op === "data") {
      for (const a of ins.args.slice(1)) {
        if (intMaybe(a) === undefined) {
          throw new AsmError("'data' requires integer arguments", ins.line);
        }
      }
    } else if (ins.op !== "align") {
      const err = emitOp(ins, asm.arch, noEmit, () => true, false);
      if (err) throw new AsmError(err, ins.line);
    }
  }
  // EMIT pass.
  asm.data(2, [ENTRY]);
  let itLeft = 0; // instructions still inside the current IT block
  const emit: Emit = (m, ops, raw) => {
    if (raw !== undefined && itLeft === 0) asm.data(2, raw);
    else asm.op(m, ops, curLine);
    if (itLeft > 0) itLeft--;
    if (/^it[te]*$/.test(m)) itLeft = m.length - 1;
  };
  let curLine = 0;
  for (const ins of instrs) {
    curLine = ins.line;
    const { op, args, line } = ins;
    if (op === "label") asm.label(idStr(args[0]), line);
    else if (op === "align") asm.align(smallInt(args[0])!);
    else if (op === "data") {
      const size = smallInt(args[0])!;
      const vals = args.slice(1).map((a) => intMaybe(a)!);
      dataDirective(asm, size, vals);
    } else {
      const err = emitOp(
        ins,
        asm.arch,
        emit,
        (name) => labels.has(name),
        true,
      );
      if (err) throw new AsmError(err, line);
    }
  }
  asm.data(2, [EXIT]);
  try {
    return { code: asm.finish(), nPosArgs, typeSig };
  } catch (e) {
    // MicroPython's text carries no detail.
    if (e instanceof AsmError && e.message.startsWith("branch not in range")) {
      throw new AsmError("branch not in range", e.line);
    }
    throw e;
  }
}

/** mp_asm_base_data: sizes other than 1/2/4 write `size` little-endian bytes of each value. */
function dataDirective(asm: ThumbAssembler, size: number, vals: number[]): void {
  if (size === 1 || size === 2 || size === 4) {
    asm.data(size, vals.map((v) => size === 4 ? v >>> 0 : v & ((1 << (8 * size)) - 1)));
    return;
  }
  for (const v of vals) {
    const bytes: number[] = [];
    for (let i = 0; i < size; i++) bytes.push(i < 4 ? (v >>> (8 * i)) & 0xff : 0);
    asm.data(1, bytes);
  }
}
