// Decoding a bytecode function once: the prelude (signature, sizes, names, line table, cell
// list) and the module context its operands index into (py/bc.h, docs/spec/bytecode.md §5).
import { Ellipsis, type PyValue } from "./obj.ts";
import { PyBytes } from "./obj_bytes.ts";
import { PyFloat } from "./obj_float.ts";
import { PyComplex } from "./obj_complex.ts";
import { PyTuple } from "./obj_tuple.ts";
import type { CompiledModule, PyConst, RawCode } from "./raw_code.ts";
import { RawCodeKind } from "./raw_code.ts";
import { NotImplementedError, raise, ValueError } from "./obj_exception.ts";
import { type JitFn, jitStartCount } from "./vm_jit.ts";
import {
  HAS_EXTRA_BYTE,
  JUMP_LONG,
  LINE_LONG,
  LINE_LONG_BC_MASK,
  LINE_LONG_HI_MASK,
  LINE_SHORT_BC_BITS,
  multiRange,
  Op,
  type OperandFormat,
  operandFormat,
  PRELUDE_MAX_EXT,
  PRELUDE_MORE,
  PRELUDE_SIG,
  PRELUDE_SIZE,
  type PreludeField,
  ScopeFlag,
  SJUMP_BIAS_1,
  SJUMP_BIAS_2,
} from "./bytecode.ts";

/** What all functions of one loaded module share: the qstr and constant tables. */
export class ModuleContext {
  /** qstr index → string. */
  qstrs: string[];
  /** Constant table, converted to Python values. */
  consts: PyValue[];
  /** Source file name (qstr 0). */
  file: string;
  /** Check each function's opcodes when it is first decoded (code from .mpy files). */
  verify: boolean;
  constructor(cm: CompiledModule, verify = true) {
    this.verify = verify;
    this.qstrs = cm.qstrs;
    this.consts = cm.constants.map(constToValue);
    this.file = cm.qstrs[0] ?? "<unknown>";
  }
}

/** Convert a .mpy constant to a Python value. */
export function constToValue(c: PyConst): PyValue {
  switch (c.kind) {
    case "none":
      return null;
    case "false":
      return false;
    case "true":
      return true;
    case "ellipsis":
      return Ellipsis;
    case "str":
      return c.value;
    case "bytes":
      return new PyBytes(c.value);
    case "int": {
      const v = c.value;
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    }
    case "float":
      return new PyFloat(c.value);
    case "complex":
      return new PyComplex(c.real, c.imag);
    case "tuple":
      return new PyTuple(c.items.map(constToValue));
    case "funtable":
      return null;
  }
}

/** A decoded bytecode function (decoded on first use, then cached on the raw code). */
export class Code {
  nState = 1;
  nExcStack = 0;
  scopeFlags = 0;
  nPos = 0;
  nKwonly = 0;
  nDefPos = 0;
  /** Function name (simple_name). */
  name = "";
  /** Names of the nPos + nKwonly argument slots. */
  argNames: string[] = [];
  /** Byte range of the line-number table in `bc`. */
  lineStart = 0;
  lineEnd = 0;
  /** Locals to turn into cells at entry. */
  cells: number[] = [];
  /** Offset of the first opcode in `bc`. */
  ip0 = 0;
  bc: Uint8Array;
  children: (Code | undefined)[];
  /** Module-level or class-body code (uses LOAD_NAME/STORE_NAME on a locals dict). */
  isGenerator = false;
  /** Fast-path flag: only positional parameters (no *args, **kwargs, keyword-only). */
  simpleArgs = false;
  /** JavaScript tier (vm_jit.ts): calls and backward jumps left before compiling. */
  hot: number = jitStartCount();
  /** The compiled function, once compiled. */
  jit: JitFn | undefined = undefined;
  /** Call mode takes jitMin..jitArgs positional arguments when the function closes over
   * jitClosed cells (-1: not compiled). */
  jitArgs = -1;
  jitMin = 0;
  jitClosed = 0;
  /** Where a running frame may continue compiled: ip → stack depth * 256 + open handlers. */
  jitEntries: Map<number, number> | undefined = undefined;

  constructor(public raw: RawCode, public ctx: ModuleContext) {
    if (raw.kind !== RawCodeKind.BYTECODE) {
      raise(NotImplementedError, "native code not supported");
    }
    const bc = raw.data;
    this.bc = bc;
    this.children = new Array(raw.children.length);
    // Functions from a .mpy file may be corrupt: every read is bounds-checked (malformed()).
    if (bc.length < 3) malformed();
    // Signature (§5.1), then sizes (§5.2).
    const [sig, sizeAt] = readPreludeGroup(bc, 0, PRELUDE_SIG);
    const [size, infoAt] = readPreludeGroup(bc, sizeAt, PRELUDE_SIZE);
    const { A, K, F } = sig;
    this.nState = sig.S + 1;
    this.nExcStack = sig.E;
    this.scopeFlags = F;
    this.nPos = A;
    this.nKwonly = K;
    this.nDefPos = sig.D;
    let ip = infoAt;
    const nInfo = size.I;
    const nCell = size.C;
    const infoEnd = ip + nInfo;
    const nArgs = A + K;
    // Locals must hold the arguments (plus *args/**kwargs); the stack lives above them.
    const nArgSlots = nArgs + ((F & ScopeFlag.VARARGS) ? 1 : 0) +
      ((F & ScopeFlag.VARKEYWORDS) ? 1 : 0);
    if (infoEnd + nCell > bc.length || this.nState > MAX_STATE || nArgSlots > this.nState) {
      malformed();
    }
    // Source info (§5.3).
    let q: number;
    [q, ip] = readUint(bc, ip);
    this.name = ctx.qstrs[q] ?? "?";
    for (let i = 0; i < nArgs; i++) {
      [q, ip] = readUint(bc, ip);
      this.argNames.push(ctx.qstrs[q] ?? "?");
    }
    if (ip > infoEnd) malformed();
    this.lineStart = ip;
    this.lineEnd = infoEnd;
    ip = infoEnd;
    for (let i = 0; i < nCell; i++) {
      const c = bc[ip++];
      if (c >= this.nState) malformed();
      this.cells.push(c);
    }
    this.ip0 = ip;
    if (ctx.verify) verifyOps(this);
    this.isGenerator = (F & ScopeFlag.GENERATOR) !== 0;
    this.simpleArgs = (F & NON_SIMPLE_ARGS) === 0 && K === 0;
  }

  /** Source line of the opcode at absolute position `ip` (§5.4). */
  lineOf(ip: number): number {
    const bc = this.bc;
    let offset = ip - this.ip0;
    let line = 1;
    let p = this.lineStart;
    const end = this.lineEnd;
    while (p < end) {
      const c = bc[p];
      let b: number;
      let l: number;
      if ((c & LINE_LONG) === 0) {
        b = c & ((1 << LINE_SHORT_BC_BITS) - 1);
        l = c >> LINE_SHORT_BC_BITS;
        p += 1;
      } else {
        b = c & LINE_LONG_BC_MASK;
        l = ((c & LINE_LONG_HI_MASK) << 4) | bc[p + 1];
        p += 2;
      }
      if (offset >= b) {
        offset -= b;
        line += l;
      } else break;
    }
    return line;
  }

  /** The decoded child `i` (MAKE_FUNCTION operand). */
  child(i: number): Code {
    let c = this.children[i];
    if (c === undefined) {
      const raw = this.raw.children[i];
      if (raw === undefined) malformed();
      c = this.children[i] = new Code(raw, this.ctx);
    }
    return c;
  }
}

/** Upper bound on n_state (locals + stack) accepted from a .mpy file. */
const MAX_STATE = 1 << 16;

/** Scope flags that rule out the positional-only fast path of argument binding. */
const NON_SIMPLE_ARGS = ScopeFlag.VARARGS | ScopeFlag.VARKEYWORDS | ScopeFlag.DEFKWARGS;

/** Decode one prelude byte group at `ip` into its fields; returns them and the next position. */
function readPreludeGroup<K extends string>(
  bc: Uint8Array,
  ip: number,
  layout: Record<K, PreludeField>,
): [Record<K, number>, number] {
  const names = Object.keys(layout) as K[];
  const out = {} as Record<K, number>;
  if (ip >= bc.length) malformed();
  let z = bc[ip++];
  for (const k of names) {
    const [shift, width] = layout[k][0];
    out[k] = (z >> shift) & ((1 << width) - 1);
  }
  for (let n = 0; z & PRELUDE_MORE; n++) {
    if (n >= PRELUDE_MAX_EXT || ip >= bc.length) malformed();
    z = bc[ip++];
    for (const k of names) {
      const [[, firstWidth], [shift, width]] = layout[k];
      // Arithmetic, not a shift: a late byte's bits sit above bit 31.
      out[k] += ((z >> shift) & ((1 << width) - 1)) * 2 ** (firstWidth + n * width);
    }
  }
  for (const k of names) if (out[k] > 0x7fffffff) malformed();
  return [out, ip];
}

function malformed(): never {
  raise(ValueError, "incompatible .mpy file");
}

/** A var-uint at `ip` (bounded: reading past the end gives a value that fails range checks). */
function readUint(bc: Uint8Array, ip: number): [number, number] {
  let v = 0;
  let b: number;
  let n = 0;
  do {
    b = bc[ip++];
    v = v * 128 + (b & 0x7f);
    if (++n > 8 || ip > bc.length) return [Infinity, ip];
  } while (b & 0x80);
  return [v, ip];
}

/** One decoded instruction (py/bc.c mp_opcode_format, plus operand values). */
export interface Instr {
  op: number;
  format: OperandFormat;
  /** Byte length including operand and extra byte. */
  size: number;
  /** Operand value (qstr/const/child index, uint, signed int, or jump offset). */
  arg: number;
  /** The raw byte after the operand of MAKE_CLOSURE* / UNWIND_JUMP, else -1. */
  extra: number;
  /** Jump target (absolute position in bc), else -1. */
  target: number;
}

/** Decode the instruction at `ip`; undefined for an unused opcode or one running past `end`. */
export function decodeInstr(bc: Uint8Array, ip: number, end = bc.length): Instr | undefined {
  const op = bc[ip];
  const format = operandFormat(op);
  if (format === undefined) return undefined;
  let p = ip + 1;
  let arg = 0;
  let target = -1;
  switch (format) {
    case "none":
      break;
    case "sint": {
      if (p >= end) return undefined;
      let b = bc[p++];
      arg = (b & 0x40) ? -1 : 0;
      arg = arg * 128 + (b & 0x7f);
      for (let n = 0; b & 0x80; n++) {
        if (p >= end || n > 8) return undefined;
        b = bc[p++];
        arg = arg * 128 + (b & 0x7f);
      }
      break;
    }
    case "sjump":
    case "ujump": {
      if (p >= end) return undefined;
      let j = bc[p++];
      if (j & JUMP_LONG) {
        if (p >= end) return undefined;
        j = (j & (JUMP_LONG - 1)) | (bc[p++] << 7);
        if (format === "sjump") j -= SJUMP_BIAS_2;
      } else if (format === "sjump") j -= SJUMP_BIAS_1;
      arg = j;
      target = p + j;
      break;
    }
    default:
      [arg, p] = readUint(bc, p);
      if (p > end || arg === Infinity) return undefined;
  }
  let extra = -1;
  if (HAS_EXTRA_BYTE.has(op)) {
    if (p >= end) return undefined;
    extra = bc[p++];
  }
  return { op, format, size: p - ip, arg, extra, target };
}

/** Opcodes whose uint operand is a local slot. */
const LOCAL_OPS: ReadonlySet<number> = new Set([
  Op.LOAD_FAST_N,
  Op.STORE_FAST_N,
  Op.DELETE_FAST,
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
]);

/** Opcodes whose uint operand packs two byte counts; the VM reads each masked to 8 bits (as
 * MicroPython's does), so a call with 300 keyword arguments loads, and then misbehaves there. */
const PACKED_OPS: ReadonlySet<number> = new Set([
  Op.UNPACK_EX,
  Op.CALL_FUNCTION,
  Op.CALL_FUNCTION_VAR_KW,
  Op.CALL_METHOD,
  Op.CALL_METHOD_VAR_KW,
]);

/** The local slot a LOAD_FAST_MULTI/STORE_FAST_MULTI opcode names, else -1. */
function fastMultiSlot(op: number): number {
  const m = multiRange(op);
  return m?.first === Op.LOAD_FAST_MULTI || m?.first === Op.STORE_FAST_MULTI ? op - m.zero : -1;
}

/**
 * Load-time checks of a .mpy function's opcodes: every opcode defined, operands inside the
 * code, qstr/constant/child/local indices in range, jump targets on instruction starts. This
 * does not prove stack discipline; the VM turns what slips through into a Python exception.
 */
function verifyOps(code: Code): void {
  const bc = code.bc;
  const nQstr = code.ctx.qstrs.length;
  const nConst = code.ctx.consts.length;
  const nChild = code.raw.children.length;
  const starts = new Uint8Array(bc.length + 1);
  const targets: number[] = [];
  let ip = code.ip0;
  while (ip < bc.length) {
    const ins = decodeInstr(bc, ip);
    if (ins === undefined) malformed();
    starts[ip] = 1;
    const { op, format, arg } = ins;
    if (
      (format === "qstr" && arg >= nQstr) || (format === "obj" && arg >= nConst) ||
      (format === "child" && arg >= nChild) ||
      (LOCAL_OPS.has(op) && arg >= code.nState) ||
      fastMultiSlot(op) >= code.nState ||
      (format === "uint" && arg > MAX_STATE && !LOCAL_OPS.has(op) && !PACKED_OPS.has(op))
    ) malformed();
    if (ins.target >= 0 || format === "sjump" || format === "ujump") targets.push(ins.target);
    ip += ins.size;
  }
  for (const t of targets) if (t < code.ip0 || t >= bc.length || !starts[t]) malformed();
}

/** Load a compiled module: the decoded code of its outer function. */
export function loadCode(cm: CompiledModule): Code {
  return new Code(cm.rawCode, new ModuleContext(cm));
}
