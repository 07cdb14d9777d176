// The TypeError of a binary op no type takes, worded as MicroPython words it (py/runtime.c
// mp_binary_op, its unsupported_op label). upy's own dispatch has already failed when this
// runs; this only retraces MicroPython's failing path to learn which op and operands it names:
// - a bool operand is handed on as the int 0 or 1 (objbool.c bool_binary_op, and the int
//   type's extra cases for a bool right operand call mp_binary_op again): `True + {}` names
//   'int', 'dict';
// - a small int on the left with a small int, float or complex on the right fails at once,
//   under the op as it stands there: `0.1 >> False` ends as 0 __rrshift__ 0.1;
// - an augmented op falls back to its plain op, a plain arithmetic op tries the reflected one
//   with the operands swapped, and a reflected op that fails is named as the plain op again;
// - `in` and the augmented ops have no method name in the table ("unsupported types for :").
import { BinaryOp } from "./bytecode.ts";
import { type PyValue, typeOf } from "./obj.ts";
import { floatType } from "./obj_float.ts";

/** How MicroPython's mp_binary_op gives up: with a TypeError of this message, or, for `in`
 * whose container took no containment op, by iterating `iterate`, which raises its own
 * "isn't iterable" (a number always does). */
export interface BinaryOpFailure {
  message: string;
  iterate?: PyValue;
}

/** MicroPython's method names for the error message, by op (mp_binary_op_method_name): the
 * plain, reflected, comparison, divmod and containment ops; the others have none. */
const NAMES: Record<number, string> = {};
const PLAIN = ["or", "xor", "and", "lshift", "rshift", "add", "sub", "mul", "matmul"];
PLAIN.push("floordiv", "truediv", "mod", "pow");
PLAIN.forEach((n, i) => {
  NAMES[BinaryOp.OR + i] = `__${n}__`;
  NAMES[BinaryOp.REVERSE_OR + i] = `__r${n}__`;
});
const COMPARE = ["lt", "gt", "eq", "le", "ge", "ne"];
COMPARE.forEach((n, i) => NAMES[BinaryOp.LESS + i] = `__${n}__`);
NAMES[BinaryOp.DIVMOD] = "__divmod__";
NAMES[BinaryOp.CONTAINS] = "__contains__";

const INPLACE_TO_PLAIN = BinaryOp.OR - BinaryOp.INPLACE_OR;
const PLAIN_TO_REVERSE = BinaryOp.REVERSE_OR - BinaryOp.OR;

/** The 32-bit reference build's small ints (mp_obj_is_small_int): 31-bit values. The least
 * one is left out: -2**30 is always a computed long int there. */
function isSmallInt(v: PyValue): boolean {
  return typeof v === "number" && v > -0x40000000 && v < 0x40000000;
}

const isInt = (v: PyValue) => typeof v === "number" || typeof v === "bigint";
const isFloatOrComplex = (v: PyValue) => {
  const t = typeOf(v);
  return t === floatType || (t.name === "complex" && !t.isUserClass);
};

/** A bool, int, float or complex (not an instance of a subclass). */
export function isPlainNumber(v: PyValue): boolean {
  return typeof v === "boolean" || isInt(v) || isFloatOrComplex(v);
}

function unsupported(op: number, lhs: PyValue, rhs: PyValue): BinaryOpFailure {
  const l = typeOf(lhs).name;
  const r = typeOf(rhs).name;
  return { message: `unsupported types for ${NAMES[op] ?? ""}: '${l}', '${r}'` };
}

/** Where MicroPython's mp_binary_op(op, lhs, rhs) fails, given that it does fail. */
export function binaryOpFailure(op: number, lhs: PyValue, rhs: PyValue): BinaryOpFailure {
  if (isSmallInt(lhs) && (isSmallInt(rhs) || isFloatOrComplex(rhs))) {
    return unsupported(op, lhs, rhs);
  }
  if (op === BinaryOp.IN) return typeSlotFailure(BinaryOp.CONTAINS, rhs, lhs);
  return typeSlotFailure(op, lhs, rhs);
}

/** mp_binary_op from its generic_binary_op label: the left operand's type slot, then the
 * fallbacks. */
function typeSlotFailure(op: number, lhs: PyValue, rhs: PyValue): BinaryOpFailure {
  for (;;) {
    if (typeof lhs === "boolean") return binaryOpFailure(op, lhs ? 1 : 0, rhs);
    if (isInt(lhs) && typeof rhs === "boolean") return binaryOpFailure(op, lhs, rhs ? 1 : 0);
    if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) {
      op += INPLACE_TO_PLAIN;
      continue;
    }
    const plain = op >= BinaryOp.OR && op <= BinaryOp.POWER;
    if (plain || (op >= BinaryOp.REVERSE_OR && op <= BinaryOp.REVERSE_POWER)) {
      [lhs, rhs] = [rhs, lhs];
      op += plain ? PLAIN_TO_REVERSE : -PLAIN_TO_REVERSE;
      if (plain) continue;
    }
    if (op === BinaryOp.CONTAINS) return { ...unsupported(op, lhs, rhs), iterate: lhs };
    return unsupported(op, lhs, rhs);
  }
}
