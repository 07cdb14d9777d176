// Constant folding of numeric expressions as py/parse.c does it: an operation is folded only when
// MicroPython's runtime would compute it without raising and the result is an int or a float
// (complex results and errors leave the expression to run time). Values use the PyConst shapes.
import { BinaryOp, UnaryOp } from "./bytecode.ts";

export type FoldInt = { kind: "int"; value: bigint };
export type FoldFloat = { kind: "float"; value: number };
export type FoldNum = FoldInt | FoldFloat;

const int = (value: bigint): FoldInt => ({ kind: "int", value });
const float = (value: number): FoldFloat => ({ kind: "float", value });

/** Python floor division / modulo on bigints (ZeroDivision handled by the caller). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function intMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}
function floatMod(a: number, b: number): number {
  let m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  if ((m < 0) !== (b < 0)) m += b;
  return m;
}
function floatFloorDiv(a: number, b: number): number {
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && (b < 0) !== (m < 0)) div -= 1;
  if (div === 0) return Object.is(a / b, -0) || a / b < 0 ? -0 : 0;
  const fl = Math.floor(div);
  return div - fl > 0.5 ? fl + 1 : fl;
}
/** C pow() semantics where JS Math.pow differs (1 ** nan, (-1) ** inf). */
function cPow(a: number, b: number): number {
  if (a === 1 || b === 0) return 1;
  if (a === -1 && !Number.isFinite(b) && !Number.isNaN(b)) return 1;
  return Math.pow(a, b);
}

const toFloat = (x: FoldNum): number => x.kind === "float" ? x.value : Number(x.value);

// A shift count must fit a machine word or the runtime raises OverflowError; exponents past this
// raise "result overflows" (obj_int.ts intPow). Such expressions are left to run time.
const MAX_WORD = 0x7fffffffn;
const MAX_POW_EXP = 0xffffffn;

function intBinary(op: number, a: bigint, b: bigint): FoldNum | undefined {
  switch (op) {
    case BinaryOp.OR:
      return int(a | b);
    case BinaryOp.XOR:
      return int(a ^ b);
    case BinaryOp.AND:
      return int(a & b);
    case BinaryOp.LSHIFT:
      return b < 0n || b > MAX_WORD ? undefined : int(a << b);
    case BinaryOp.RSHIFT:
      return b < 0n || b > MAX_WORD ? undefined : int(a >> b);
    case BinaryOp.ADD:
      return int(a + b);
    case BinaryOp.SUBTRACT:
      return int(a - b);
    case BinaryOp.MULTIPLY:
      return int(a * b);
    case BinaryOp.FLOOR_DIVIDE:
      return b === 0n ? undefined : int(floorDiv(a, b));
    case BinaryOp.MODULO:
      return b === 0n ? undefined : int(intMod(a, b));
    case BinaryOp.TRUE_DIVIDE:
      return b === 0n ? undefined : float(Number(a) / Number(b));
    case BinaryOp.POWER:
      if (b < 0n) return floatBinary(op, Number(a), Number(b));
      if (b > MAX_POW_EXP && (a < -1n || a > 1n)) return undefined; // "result overflows"
      return int(a ** b);
    default:
      return undefined; // @ and anything else raise TypeError at run time
  }
}

function floatBinary(op: number, a: number, b: number): FoldNum | undefined {
  switch (op) {
    case BinaryOp.ADD:
      return float(a + b);
    case BinaryOp.SUBTRACT:
      return float(a - b);
    case BinaryOp.MULTIPLY:
      return float(a * b);
    case BinaryOp.TRUE_DIVIDE:
      return b === 0 ? undefined : float(a / b);
    case BinaryOp.FLOOR_DIVIDE:
      return b === 0 ? undefined : float(floatFloorDiv(a, b));
    case BinaryOp.MODULO:
      return b === 0 ? undefined : float(floatMod(a, b));
    case BinaryOp.POWER:
      if (a === 0 && b < 0 && Number.isFinite(b)) return undefined; // ZeroDivisionError
      if (a < 0 && b !== Math.floor(b) && Number.isFinite(b)) return undefined; // complex
      return float(cPow(a, b));
    default:
      return undefined;
  }
}

/** Fold `a op b` (BinaryOp numbering), or undefined when MicroPython would not fold it. */
export function foldBinary(op: number, a: FoldNum, b: FoldNum): FoldNum | undefined {
  if (a.kind !== "int" || b.kind !== "int") return floatBinary(op, toFloat(a), toFloat(b));
  try {
    return intBinary(op, a.value, b.value);
  } catch (e) {
    // A result past the host's BigInt size: MicroPython's fold fails (MemoryError) and the
    // expression raises when it runs, so leave it unfolded.
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/** Fold a unary + - ~ (UnaryOp numbering); ~ only applies to ints. */
export function foldUnary(op: number, a: FoldNum): FoldNum | undefined {
  if (op === UnaryOp.POSITIVE) return a;
  if (op === UnaryOp.NEGATIVE) return a.kind === "int" ? int(-a.value) : float(-a.value);
  if (op === UnaryOp.INVERT && a.kind === "int") return int(~a.value);
  return undefined;
}

/** Small-int range of the target (mpy-cross default 31 bits): such ints are inline operands. */
export function fitsSmallInt(v: bigint, bits = 31): boolean {
  const lim = 1n << BigInt(bits - 1);
  return v >= -lim && v < lim;
}
