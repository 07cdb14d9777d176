// The MicroPython v6.3 opcode table (py/bc0.h), declared once and read by the compiler,
// the VM, the disassembler and the .mpy code. See docs/spec/bytecode.md §3-4.

/** How the bytes after an opcode are laid out. */
export type OperandFormat =
  | "none" // no operand
  | "qstr" // var-uint index into the module qstr table
  | "uint" // var-uint
  | "sint" // signed var-int (LOAD_CONST_SMALL_INT only)
  | "obj" // var-uint index into the constant table
  | "child" // var-uint index into this function's children
  | "sjump" // signed jump offset
  | "ujump"; // unsigned (forward) jump offset

export const Op = {
  LOAD_CONST_STRING: 0x10,
  LOAD_NAME: 0x11,
  LOAD_GLOBAL: 0x12,
  LOAD_ATTR: 0x13,
  LOAD_METHOD: 0x14,
  LOAD_SUPER_METHOD: 0x15,
  STORE_NAME: 0x16,
  STORE_GLOBAL: 0x17,
  STORE_ATTR: 0x18,
  DELETE_NAME: 0x19,
  DELETE_GLOBAL: 0x1a,
  IMPORT_NAME: 0x1b,
  IMPORT_FROM: 0x1c,
  MAKE_CLOSURE: 0x20,
  MAKE_CLOSURE_DEFARGS: 0x21,
  LOAD_CONST_SMALL_INT: 0x22,
  LOAD_CONST_OBJ: 0x23,
  LOAD_FAST_N: 0x24,
  LOAD_DEREF: 0x25,
  STORE_FAST_N: 0x26,
  STORE_DEREF: 0x27,
  DELETE_FAST: 0x28,
  DELETE_DEREF: 0x29,
  BUILD_TUPLE: 0x2a,
  BUILD_LIST: 0x2b,
  BUILD_MAP: 0x2c,
  BUILD_SET: 0x2d,
  BUILD_SLICE: 0x2e,
  STORE_COMP: 0x2f,
  UNPACK_SEQUENCE: 0x30,
  UNPACK_EX: 0x31,
  MAKE_FUNCTION: 0x32,
  MAKE_FUNCTION_DEFARGS: 0x33,
  CALL_FUNCTION: 0x34,
  CALL_FUNCTION_VAR_KW: 0x35,
  CALL_METHOD: 0x36,
  CALL_METHOD_VAR_KW: 0x37,
  UNWIND_JUMP: 0x40,
  JUMP: 0x42,
  POP_JUMP_IF_TRUE: 0x43,
  POP_JUMP_IF_FALSE: 0x44,
  JUMP_IF_TRUE_OR_POP: 0x45,
  JUMP_IF_FALSE_OR_POP: 0x46,
  SETUP_WITH: 0x47,
  SETUP_EXCEPT: 0x48,
  SETUP_FINALLY: 0x49,
  POP_EXCEPT_JUMP: 0x4a,
  FOR_ITER: 0x4b,
  LOAD_CONST_FALSE: 0x50,
  LOAD_CONST_NONE: 0x51,
  LOAD_CONST_TRUE: 0x52,
  LOAD_NULL: 0x53,
  LOAD_BUILD_CLASS: 0x54,
  LOAD_SUBSCR: 0x55,
  STORE_SUBSCR: 0x56,
  DUP_TOP: 0x57,
  DUP_TOP_TWO: 0x58,
  POP_TOP: 0x59,
  ROT_TWO: 0x5a,
  ROT_THREE: 0x5b,
  WITH_CLEANUP: 0x5c,
  END_FINALLY: 0x5d,
  GET_ITER: 0x5e,
  GET_ITER_STACK: 0x5f,
  STORE_MAP: 0x62,
  RETURN_VALUE: 0x63,
  RAISE_LAST: 0x64,
  RAISE_OBJ: 0x65,
  RAISE_FROM: 0x66,
  YIELD_VALUE: 0x67,
  YIELD_FROM: 0x68,
  IMPORT_STAR: 0x69,
  LOAD_CONST_SMALL_INT_MULTI: 0x70, // 0x70-0xaf: value = op - 0x80
  LOAD_FAST_MULTI: 0xb0, // 0xb0-0xbf
  STORE_FAST_MULTI: 0xc0, // 0xc0-0xcf
  UNARY_OP_MULTI: 0xd0, // 0xd0-0xd3 used
  BINARY_OP_MULTI: 0xd7, // 0xd7-0xf9
} as const;

export type OpName = keyof typeof Op;

/** Operand format of each single opcode (the MULTI ranges carry no operand). */
const FORMATS: Partial<Record<OpName, OperandFormat>> = {
  LOAD_CONST_STRING: "qstr",
  LOAD_NAME: "qstr",
  LOAD_GLOBAL: "qstr",
  LOAD_ATTR: "qstr",
  LOAD_METHOD: "qstr",
  LOAD_SUPER_METHOD: "qstr",
  STORE_NAME: "qstr",
  STORE_GLOBAL: "qstr",
  STORE_ATTR: "qstr",
  DELETE_NAME: "qstr",
  DELETE_GLOBAL: "qstr",
  IMPORT_NAME: "qstr",
  IMPORT_FROM: "qstr",
  MAKE_CLOSURE: "child",
  MAKE_CLOSURE_DEFARGS: "child",
  LOAD_CONST_SMALL_INT: "sint",
  LOAD_CONST_OBJ: "obj",
  LOAD_FAST_N: "uint",
  LOAD_DEREF: "uint",
  STORE_FAST_N: "uint",
  STORE_DEREF: "uint",
  DELETE_FAST: "uint",
  DELETE_DEREF: "uint",
  BUILD_TUPLE: "uint",
  BUILD_LIST: "uint",
  BUILD_MAP: "uint",
  BUILD_SET: "uint",
  BUILD_SLICE: "uint",
  STORE_COMP: "uint",
  UNPACK_SEQUENCE: "uint",
  UNPACK_EX: "uint",
  MAKE_FUNCTION: "child",
  MAKE_FUNCTION_DEFARGS: "child",
  CALL_FUNCTION: "uint",
  CALL_FUNCTION_VAR_KW: "uint",
  CALL_METHOD: "uint",
  CALL_METHOD_VAR_KW: "uint",
  UNWIND_JUMP: "sjump",
  JUMP: "sjump",
  POP_JUMP_IF_TRUE: "sjump",
  POP_JUMP_IF_FALSE: "sjump",
  JUMP_IF_TRUE_OR_POP: "ujump",
  JUMP_IF_FALSE_OR_POP: "ujump",
  SETUP_WITH: "ujump",
  SETUP_EXCEPT: "ujump",
  SETUP_FINALLY: "ujump",
  POP_EXCEPT_JUMP: "ujump",
  FOR_ITER: "ujump",
};

/** Opcodes followed by one raw byte after their operand ((op & 0x9e) == 0 in bc.h). */
export const HAS_EXTRA_BYTE: ReadonlySet<number> = new Set([
  Op.MAKE_CLOSURE,
  Op.MAKE_CLOSURE_DEFARGS,
  Op.UNWIND_JUMP,
]);

/** LOAD_CONST_SMALL_INT_MULTI pushes `op - SMALL_INT_MULTI_ZERO` (-16..47). */
export const SMALL_INT_MULTI_ZERO = 0x80;

/** A MULTI opcode range: `count` opcodes from `first`, whose operand is `op - zero`. */
export interface MultiRange {
  readonly name: string;
  readonly first: number;
  readonly count: number;
  readonly zero: number;
}

/** The opcodes that carry their operand in the opcode byte (bc0.h *_MULTI). */
export const MULTI_RANGES: readonly MultiRange[] = [
  {
    name: "LOAD_CONST_SMALL_INT",
    first: Op.LOAD_CONST_SMALL_INT_MULTI,
    count: 64,
    zero: SMALL_INT_MULTI_ZERO,
  },
  { name: "LOAD_FAST", first: Op.LOAD_FAST_MULTI, count: 16, zero: Op.LOAD_FAST_MULTI },
  { name: "STORE_FAST", first: Op.STORE_FAST_MULTI, count: 16, zero: Op.STORE_FAST_MULTI },
  { name: "UNARY_OP", first: Op.UNARY_OP_MULTI, count: 4, zero: Op.UNARY_OP_MULTI },
  { name: "BINARY_OP", first: Op.BINARY_OP_MULTI, count: 35, zero: Op.BINARY_OP_MULTI },
];

/** The MULTI range holding opcode `op`, or undefined. */
export function multiRange(op: number): MultiRange | undefined {
  for (const r of MULTI_RANGES) if (op >= r.first && op < r.first + r.count) return r;
  return undefined;
}

/** Jump operands: one byte below JUMP_LONG, else two (7 low bits, then 8 high bits). Signed
 * jumps store offset + bias: SJUMP_BIAS_1 in the short form, SJUMP_BIAS_2 in the long one. */
export const JUMP_LONG = 0x80;
export const SJUMP_BIAS_1 = 0x40;
export const SJUMP_BIAS_2 = 0x4000;

/** UNWIND_JUMP's extra byte: handler levels to unwind, plus a flag to pop a for-iterator. */
export const UNWIND_COUNT_MASK = 0x7f;
export const UNWIND_POP_ITER = 0x80;

/** Stack slots a for-loop iterator takes (GET_ITER_STACK, as MP_OBJ_ITER_BUF_NSLOTS). */
export const ITER_SLOTS = 4;

/** CALL_* operand: n_positional | (n_keyword << CALL_NKW_SHIFT), each below 256. */
export const CALL_NKW_SHIFT = 8;
export const CALL_COUNT_MASK = 0xff;

/** Unary operators as numbered in py/runtime0.h (0-3 appear in bytecode). */
export const UnaryOp = {
  POSITIVE: 0,
  NEGATIVE: 1,
  INVERT: 2,
  NOT: 3,
  BOOL: 4,
  LEN: 5,
  HASH: 6,
  ABS: 7,
  INT_MAYBE: 8,
  FLOAT_MAYBE: 9,
  COMPLEX_MAYBE: 10,
  SIZEOF: 11,
} as const;

/** Binary operators as numbered in py/runtime0.h (0-34 appear in bytecode). */
export const BinaryOp = {
  LESS: 0,
  MORE: 1,
  EQUAL: 2,
  LESS_EQUAL: 3,
  MORE_EQUAL: 4,
  NOT_EQUAL: 5,
  IN: 6,
  IS: 7,
  EXCEPTION_MATCH: 8,
  INPLACE_OR: 9,
  INPLACE_XOR: 10,
  INPLACE_AND: 11,
  INPLACE_LSHIFT: 12,
  INPLACE_RSHIFT: 13,
  INPLACE_ADD: 14,
  INPLACE_SUBTRACT: 15,
  INPLACE_MULTIPLY: 16,
  INPLACE_MAT_MULTIPLY: 17,
  INPLACE_FLOOR_DIVIDE: 18,
  INPLACE_TRUE_DIVIDE: 19,
  INPLACE_MODULO: 20,
  INPLACE_POWER: 21,
  OR: 22,
  XOR: 23,
  AND: 24,
  LSHIFT: 25,
  RSHIFT: 26,
  ADD: 27,
  SUBTRACT: 28,
  MULTIPLY: 29,
  MAT_MULTIPLY: 30,
  FLOOR_DIVIDE: 31,
  TRUE_DIVIDE: 32,
  MODULO: 33,
  POWER: 34,
  DIVMOD: 35,
  CONTAINS: 36,
  REVERSE_OR: 37,
  REVERSE_XOR: 38,
  REVERSE_AND: 39,
  REVERSE_LSHIFT: 40,
  REVERSE_RSHIFT: 41,
  REVERSE_ADD: 42,
  REVERSE_SUBTRACT: 43,
  REVERSE_MULTIPLY: 44,
  REVERSE_MAT_MULTIPLY: 45,
  REVERSE_FLOOR_DIVIDE: 46,
  REVERSE_TRUE_DIVIDE: 47,
  REVERSE_MODULO: 48,
  REVERSE_POWER: 49,
  NOT_IN: 50,
  IS_NOT: 51,
} as const;

/** The operator names as MicroPython's disassembler and error messages spell them. */
export const BINARY_OP_SYMBOL: readonly string[] = [
  "<",
  ">",
  "==",
  "<=",
  ">=",
  "!=",
  "in",
  "is",
  "exception match",
  "|=",
  "^=",
  "&=",
  "<<=",
  ">>=",
  "+=",
  "-=",
  "*=",
  "@=",
  "//=",
  "/=",
  "%=",
  "**=",
  "|",
  "^",
  "&",
  "<<",
  ">>",
  "+",
  "-",
  "*",
  "@",
  "//",
  "/",
  "%",
  "**",
];

/** Scope flags stored in a bytecode prelude (docs/spec/bytecode.md §6). */
export const ScopeFlag = {
  GENERATOR: 0x01,
  VARKEYWORDS: 0x02,
  VARARGS: 0x04,
  DEFKWARGS: 0x08,
  REFGLOBALS: 0x10,
  HASCONSTS: 0x20,
  // A viper raw code's .mpy scope_flags reuse 0x10-0x40 for what its loader must do.
  VIPERRELOC: 0x10,
  VIPERRODATA: 0x20,
  VIPERBSS: 0x40,
} as const;

/** The scope flags a prelude can hold (4 bits); the compiler-only ones above are dropped. */
export const PRELUDE_SCOPE_FLAGS = 0x0f;

/** A field of a prelude byte group as [shift, width] in its first byte and [shift, width] in
 * each extension byte; later bytes supply higher bits. Width 0: absent from that byte. */
export type PreludeField = readonly [
  first: readonly [number, number],
  ext: readonly [number, number],
];

/** Every prelude byte has this bit set when another byte of its group follows. */
export const PRELUDE_MORE = 0x80;

/** The signature group (py/bc.h MP_BC_PRELUDE_SIG_ENCODE): S = n_state - 1, E = n_exc_stack,
 * F = scope flags, A = positional args, K = keyword-only args, D = positional defaults. */
export const PRELUDE_SIG = {
  S: [[3, 4], [4, 2]],
  E: [[2, 1], [1, 1]],
  F: [[0, 0], [6, 1]],
  A: [[0, 2], [2, 1]],
  K: [[0, 0], [3, 1]],
  D: [[0, 0], [0, 1]],
} as const satisfies Record<string, PreludeField>;

/** The size group (MP_BC_PRELUDE_SIZE_ENCODE): I = bytes of source info, C = cells. */
export const PRELUDE_SIZE = {
  I: [[1, 6], [1, 6]],
  C: [[0, 1], [0, 1]],
} as const satisfies Record<string, PreludeField>;

/** Extension bytes accepted per prelude group; more make the prelude malformed. Seven let
 * n_state (4 + 2 bits per extension) reach the VM's bound of 2**16, which a list display of a
 * few thousand items needs. */
export const PRELUDE_MAX_EXT = 7;

/** Line-number table entries (py/bc.h): one byte (bit LINE_LONG clear) holds a bytecode
 * delta in its low 5 bits and a line delta above them; two bytes hold a 4-bit bytecode delta,
 * the line delta's bits 8-10 in bits 4-6 and its low 8 bits in the second byte. */
export const LINE_LONG = 0x80;
export const LINE_SHORT_BC_BITS = 5;
export const LINE_LONG_BC_MASK = 0x0f;
export const LINE_LONG_HI_MASK = 0x70;

/** Name of every defined single opcode, indexed by byte value. */
export const OP_NAMES: readonly (string | undefined)[] = (() => {
  const names: (string | undefined)[] = new Array(256);
  for (const [name, value] of Object.entries(Op)) names[value] = name;
  return names;
})();

/** Operand format for any opcode byte, or undefined for an unused byte value. */
export function operandFormat(op: number): OperandFormat | undefined {
  if (multiRange(op) !== undefined) return "none";
  const name = OP_NAMES[op];
  if (name === undefined) return undefined;
  return FORMATS[name as OpName] ?? "none";
}
