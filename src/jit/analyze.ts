// What the JavaScript tier needs to know about a function before it writes code for it: its
// instructions, where basic blocks start, the value-stack depth at each instruction, and
// whether every opcode in it is one the tier compiles (the rest stay interpreted).
import { decodeInstr, type Instr } from "../py/vm_prelude.ts";
import type { Code } from "../py/vm_prelude.ts";
import { ITER_SLOTS, multiRange, Op } from "../py/bytecode.ts";

/** One decoded instruction at its position, with the stack depth before it runs. */
export interface At extends Instr {
  ip: number;
  depth: number;
}

export interface Analysis {
  instrs: At[];
  /** Positions that start a basic block (jump targets, entry, after a jump or return). */
  starts: Set<number>;
  /** Highest stack depth reached. */
  maxDepth: number;
  /** Number of local slots the code touches (arguments included). */
  nLocals: number;
}

/** Opcodes the tier leaves to the interpreter: exception blocks. */
const UNSUPPORTED: ReadonlySet<number> = new Set([
  Op.SETUP_WITH,
  Op.SETUP_EXCEPT,
  Op.SETUP_FINALLY,
  Op.POP_EXCEPT_JUMP,
  Op.WITH_CLEANUP,
  Op.END_FINALLY,
  Op.UNWIND_JUMP,
  Op.RAISE_LAST,
]);

/** Why a function stays interpreted, or undefined when it compiles. */
export function unsupportedReason(code: Code): string | undefined {
  if (code.nExcStack > 0) return "exception handler";
  return undefined;
}

/** Net stack effect of an instruction that does not jump (or of its fall-through path). */
function stackEffect(ins: Instr): number {
  const { op, arg } = ins;
  const m = multiRange(op);
  if (m !== undefined) {
    if (m.first === Op.LOAD_CONST_SMALL_INT_MULTI || m.first === Op.LOAD_FAST_MULTI) return 1;
    if (m.first === Op.STORE_FAST_MULTI) return -1;
    if (m.first === Op.UNARY_OP_MULTI) return 0;
    return -1; // binary
  }
  switch (op) {
    case Op.LOAD_CONST_STRING:
    case Op.LOAD_NAME:
    case Op.LOAD_GLOBAL:
    case Op.LOAD_CONST_SMALL_INT:
    case Op.LOAD_CONST_OBJ:
    case Op.LOAD_FAST_N:
    case Op.LOAD_DEREF:
    case Op.BUILD_MAP:
    case Op.MAKE_FUNCTION:
    case Op.IMPORT_FROM:
    case Op.LOAD_CONST_FALSE:
    case Op.LOAD_CONST_NONE:
    case Op.LOAD_CONST_TRUE:
    case Op.LOAD_NULL:
    case Op.LOAD_BUILD_CLASS:
    case Op.DUP_TOP:
    case Op.LOAD_METHOD:
      return 1;
    case Op.LOAD_ATTR:
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL:
    case Op.DELETE_FAST:
    case Op.DELETE_DEREF:
    case Op.ROT_TWO:
    case Op.ROT_THREE:
    case Op.GET_ITER:
    case Op.JUMP:
    case Op.YIELD_VALUE: // the sent value replaces the yielded one
      return 0;
    case Op.STORE_NAME:
    case Op.STORE_GLOBAL:
    case Op.STORE_FAST_N:
    case Op.STORE_DEREF:
    case Op.IMPORT_NAME:
    case Op.LOAD_SUBSCR:
    case Op.POP_TOP:
    case Op.IMPORT_STAR:
    case Op.MAKE_FUNCTION_DEFARGS:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_FALSE:
    case Op.LOAD_SUPER_METHOD:
    case Op.RAISE_OBJ:
    case Op.RETURN_VALUE:
    case Op.YIELD_FROM:
      return -1;
    case Op.STORE_ATTR:
    case Op.STORE_MAP:
    case Op.RAISE_FROM:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.DUP_TOP_TWO:
      return 2;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
      return 1 - arg;
    case Op.BUILD_SLICE:
      return 1 - arg;
    case Op.STORE_COMP:
      return (arg & 3) === 1 ? -2 : -1;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + ((arg >> 8) & 0xff);
    case Op.MAKE_CLOSURE:
      return 1 - ins.extra;
    case Op.MAKE_CLOSURE_DEFARGS:
      return -1 - ins.extra;
    case Op.CALL_FUNCTION:
    case Op.CALL_FUNCTION_VAR_KW:
    case Op.CALL_METHOD:
    case Op.CALL_METHOD_VAR_KW: {
      const nPos = arg & 0xff;
      const nKw = (arg >> 8) & 0xff;
      const isMeth = op >= Op.CALL_METHOD ? 1 : 0;
      const varKw = (op & 1) !== 0 ? 1 : 0;
      return -(nPos + 2 * nKw + isMeth + varKw);
    }
    case Op.GET_ITER_STACK:
      return ITER_SLOTS - 1;
    case Op.FOR_ITER:
      return 1; // the loop body; the exit pops the iterator
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.JUMP_IF_FALSE_OR_POP:
      return -1; // fall-through pops; the jump keeps TOS
  }
  return NaN;
}

/** Decode and check `code`; undefined when some instruction is outside the tier. */
export function analyze(code: Code): Analysis | string {
  const why = unsupportedReason(code);
  if (why !== undefined) return why;
  const bc = code.bc;
  const byIp = new Map<number, At>();
  const order: At[] = [];
  let nLocals = code.nPos + code.nKwonly;
  for (let ip = code.ip0; ip < bc.length;) {
    const ins = decodeInstr(bc, ip);
    if (ins === undefined) return "bad opcode";
    if (UNSUPPORTED.has(ins.op)) return "opcode " + ins.op.toString(16);
    if (Number.isNaN(stackEffect(ins))) return "opcode " + ins.op.toString(16);
    const at: At = { ...ins, ip, depth: -1 };
    byIp.set(ip, at);
    order.push(at);
    const slot = localSlot(ins);
    if (slot >= 0 && slot + 1 > nLocals) nLocals = slot + 1;
    ip += ins.size;
  }
  for (const c of code.cells) if (c + 1 > nLocals) nLocals = c + 1;
  // Depths by a walk over the control-flow graph.
  const starts = new Set<number>([code.ip0]);
  const work: [number, number][] = [[code.ip0, 0]];
  let maxDepth = 0;
  const setDepth = (ip: number, d: number): boolean => {
    const at = byIp.get(ip);
    if (at === undefined || d < 0) return false;
    if (at.depth === -1) {
      at.depth = d;
      work.push([ip, d]);
      return true;
    }
    return at.depth === d;
  };
  byIp.get(code.ip0)!.depth = 0;
  while (work.length > 0) {
    const [ip, d] = work.pop()!;
    const at = byIp.get(ip)!;
    const after = d + stackEffect(at);
    if (after + 1 > maxDepth) maxDepth = after + 1;
    if (d > maxDepth) maxDepth = d;
    const next = ip + at.size;
    const op = at.op;
    if (at.target >= 0) {
      starts.add(at.target);
      starts.add(next);
      let td = after;
      if (op === Op.FOR_ITER) td = d - ITER_SLOTS;
      else if (op === Op.JUMP_IF_TRUE_OR_POP || op === Op.JUMP_IF_FALSE_OR_POP) td = d;
      if (!setDepth(at.target, td)) return "stack mismatch";
    }
    if (op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RAISE_OBJ || op === Op.RAISE_FROM) {
      starts.add(next);
      continue;
    }
    if (!setDepth(next, after) && byIp.has(next)) return "stack mismatch";
  }
  const instrs = order.filter((a) => a.depth >= 0);
  return { instrs, starts, maxDepth: maxDepth + 1, nLocals };
}

function localSlot(ins: Instr): number {
  switch (ins.op) {
    case Op.LOAD_FAST_N:
    case Op.STORE_FAST_N:
    case Op.DELETE_FAST:
    case Op.LOAD_DEREF:
    case Op.STORE_DEREF:
    case Op.DELETE_DEREF:
      return ins.arg;
  }
  const m = multiRange(ins.op);
  if (m !== undefined && (m.first === Op.LOAD_FAST_MULTI || m.first === Op.STORE_FAST_MULTI)) {
    return ins.op - m.zero;
  }
  return -1;
}
