// What the JavaScript tier needs to know about a function before it writes code for it: its
// instructions, where basic blocks start, the value-stack depth and the open exception-handler
// entries at each instruction (both static in MicroPython's bytecode), or why it stays
// interpreted (a layout the compiled code does not model, such as async with's finally).
import { decodeInstr, type Instr } from "../py/vm_prelude.ts";
import type { Code } from "../py/vm_prelude.ts";
import { ITER_SLOTS, multiRange, Op, UNWIND_COUNT_MASK, UNWIND_POP_ITER } from "../py/bytecode.ts";

/** One decoded instruction at its position, with the stack depth before it runs and the
 * exception-handler entries open there (indices into Analysis.setups, innermost last). */
export interface At extends Instr {
  ip: number;
  depth: number;
  exc: number[];
}

/** A SETUP_EXCEPT / SETUP_FINALLY / SETUP_WITH: its handler and where its marker sits (the
 * None, exception, pending-return -1 or unwind count a handler starts with; the interpreter's
 * entry sp is the slot below it). */
export interface Setup {
  ip: number;
  handler: number;
  /** finally and with handlers run on every exit; except handlers only for exceptions. */
  isFinally: boolean;
  isWith: boolean;
  /** Stack slot of the marker (the handler starts with depth marker + 1). */
  marker: number;
  /** Stack depth once the whole statement is done (before the SETUP; with: without the
   * context manager). */
  base: number;
}

export interface Analysis {
  instrs: At[];
  setups: Setup[];
  /** Positions that start a basic block (jump targets, entry, after a jump or return). */
  starts: Set<number>;
  /** Highest stack depth reached. */
  maxDepth: number;
  /** Number of local slots the code touches (arguments included). */
  nLocals: number;
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
    case Op.SETUP_EXCEPT:
    case Op.SETUP_FINALLY:
    case Op.POP_EXCEPT_JUMP:
    case Op.UNWIND_JUMP:
    case Op.RAISE_LAST:
      return 0;
    case Op.SETUP_WITH: // the manager becomes __exit__, self, and __enter__'s result
      return 2;
    case Op.END_FINALLY: // the fall-through path (marker None)
      return -1;
    case Op.WITH_CLEANUP:
      return -2;
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

/** Decode and check `code`; a string says why it stays interpreted. */
export function analyze(code: Code): Analysis | string {
  const bc = code.bc;
  const byIp = new Map<number, At>();
  const order: At[] = [];
  let nLocals = code.nPos + code.nKwonly;
  for (let ip = code.ip0; ip < bc.length;) {
    const ins = decodeInstr(bc, ip);
    if (ins === undefined) return "bad opcode";
    if (Number.isNaN(stackEffect(ins))) return "opcode " + ins.op.toString(16);
    const at: At = { ...ins, ip, depth: -1, exc: [] };
    byIp.set(ip, at);
    order.push(at);
    const slot = localSlot(ins);
    if (slot >= 0 && slot + 1 > nLocals) nLocals = slot + 1;
    ip += ins.size;
  }
  for (const c of code.cells) if (c + 1 > nLocals) nLocals = c + 1;
  // Depths and open handlers by a walk over the control-flow graph: both must agree wherever
  // paths meet (MicroPython's compiler keeps them static).
  const starts = new Set<number>([code.ip0]);
  const setups: Setup[] = [];
  const setupAt = new Map<number, number>();
  const work: At[] = [];
  let maxDepth = 0;
  let bad = "";
  const flow = (ip: number, d: number, exc: number[]): void => {
    const at = byIp.get(ip);
    if (at === undefined || d < 0) {
      bad ||= "flow leaves the code";
      return;
    }
    if (at.depth === -1) {
      at.depth = d;
      at.exc = exc;
      work.push(at);
    } else if (at.depth !== d || at.exc.join() !== exc.join()) bad ||= "stack mismatch";
  };
  flow(code.ip0, 0, []);
  while (work.length > 0 && bad === "") {
    const at = work.pop()!;
    const { ip, depth: d, op } = at;
    let exc = at.exc;
    const after = d + stackEffect(at);
    if (after + 1 > maxDepth) maxDepth = after + 1;
    if (d > maxDepth) maxDepth = d;
    const next = ip + at.size;
    if (at.target >= 0) starts.add(at.target);
    switch (op) {
      case Op.SETUP_EXCEPT:
      case Op.SETUP_FINALLY:
      case Op.SETUP_WITH: {
        const isWith = op === Op.SETUP_WITH;
        let k = setupAt.get(ip);
        if (k === undefined) {
          k = setups.length;
          setupAt.set(ip, k);
          setups.push({
            ip,
            handler: at.target,
            isFinally: op !== Op.SETUP_EXCEPT,
            isWith,
            marker: isWith ? d + 1 : d,
            base: isWith ? d - 1 : d,
          });
        }
        exc = [...exc, k];
        flow(at.target, setups[k].marker + 1, exc);
        flow(next, after, exc);
        continue;
      }
      case Op.POP_EXCEPT_JUMP:
        flow(at.target, d, exc.slice(0, -1));
        starts.add(next);
        continue;
      case Op.END_FINALLY:
        if (exc.length === 0) bad ||= "END_FINALLY outside a handler";
        flow(next, after, exc.slice(0, -1));
        starts.add(next);
        continue;
      case Op.UNWIND_JUMP: {
        const n = at.extra & UNWIND_COUNT_MASK;
        if (n > exc.length) {
          bad ||= "unwind past the handlers";
          continue;
        }
        const popIter = (at.extra & UNWIND_POP_ITER) ? ITER_SLOTS : 0;
        const outer = n > 0 ? setups[exc[exc.length - n]].base : d;
        flow(at.target, outer - popIter, exc.slice(0, exc.length - n));
        starts.add(next);
        continue;
      }
    }
    if (at.target >= 0) {
      starts.add(next);
      let td = after;
      if (op === Op.FOR_ITER) td = d - ITER_SLOTS;
      else if (op === Op.JUMP_IF_TRUE_OR_POP || op === Op.JUMP_IF_FALSE_OR_POP) td = d;
      flow(at.target, td, exc);
    }
    if (
      op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RAISE_OBJ || op === Op.RAISE_FROM ||
      op === Op.RAISE_LAST
    ) {
      starts.add(next);
      continue;
    }
    if (byIp.has(next)) flow(next, after, exc);
  }
  if (bad !== "") return bad;
  for (const su of setups) {
    // Handler entries start blocks (the catch dispatches to them). An async with's finally
    // code reorders the return value or jump target that the interpreter keeps below its
    // marker (compile_try.ts): the compiled code keeps those aside, so such code stays
    // interpreted.
    starts.add(su.handler);
    if (su.isFinally && !su.isWith && byIp.get(su.handler)?.op === Op.DUP_TOP) {
      return "async with";
    }
  }
  const instrs = order.filter((a) => a.depth >= 0);
  return { instrs, setups, starts, maxDepth: maxDepth + 1, nLocals };
}

/** The innermost open handler that an exception at `at` reaches (an entry whose handler code
 * is already running is passed over, as py/vm.c does), or -1. */
export function activeHandler(a: Analysis, at: At): number {
  for (let i = at.exc.length - 1; i >= 0; i--) {
    if (a.setups[at.exc[i]].handler > at.ip) return at.exc[i];
  }
  return -1;
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
