// A VM frame (MicroPython's mp_code_state_t) and the unwinding helpers for return/break/
// continue through finally blocks (py/vm.c RETURN_VALUE, UNWIND_JUMP, CANCEL_ACTIVE_FINALLY).
import type { PyValue } from "./obj.ts";
import type { PyDict } from "./obj_dict.ts";
import type { PyBaseException } from "./obj_exception.ts";
import type { PyFunction } from "./obj_fun.ts";
import type { Code } from "./vm_prelude.ts";
import { ITER_SLOTS, UNWIND_COUNT_MASK, UNWIND_POP_ITER } from "./bytecode.ts";

/** A stack or local slot; undefined is MicroPython's NULL. */
export type Slot = PyValue | undefined;

/** One SETUP_EXCEPT/SETUP_FINALLY/SETUP_WITH entry (docs/spec/bytecode.md §11.1). */
export class ExcEntry {
  handler = 0;
  /** Absolute index of TOS in `regs` when the SETUP ran. */
  sp = 0;
  isFinally = false;
  prevExc: PyBaseException | undefined = undefined;
}

export class Frame {
  /** Locals at regs[0..nState), value stack from regs[nState] up. */
  regs: Slot[];
  /** Absolute index of TOS (nState - 1 when the stack is empty). */
  sp: number;
  /** Next opcode to run. */
  ip: number;
  /** Position of the opcode being executed (call site while a callee runs). */
  opIp: number;
  exc: ExcEntry[];
  excSp = 0;
  /** Caller within the same run loop. */
  back: Frame | undefined = undefined;
  /** Name lookups (LOAD_NAME) go to this dict: module globals or a class body's dict. */
  locals: PyDict | undefined = undefined;
  /** Set by YIELD_VALUE/YIELD_FROM when the run loop returned a yielded value. */
  yielded = false;
  /** Generators: false until the first resume. */
  started = false;
  /** Generators: the compiled body that took over this frame in a loop (vm.ts). */
  js: Iterator<PyValue, PyValue, PyValue> | undefined = undefined;

  constructor(
    public code: Code,
    public globals: PyDict,
    public fun: PyFunction | undefined,
  ) {
    const n = code.nState;
    const regs: Slot[] = [];
    for (let i = 0, m = 2 * n + 2; i < m; i++) regs.push(undefined);
    this.regs = regs;
    this.sp = n - 1;
    this.ip = code.ip0;
    this.opIp = code.ip0;
    this.exc = [];
  }

  /** Push an exception-stack entry (SETUP_*). */
  pushExc(handler: number, sp: number, isFinally: boolean): void {
    let e = this.exc[this.excSp];
    if (e === undefined) e = this.exc[this.excSp] = new ExcEntry();
    this.excSp++;
    e.handler = handler;
    e.sp = sp;
    e.isFinally = isFinally;
    e.prevExc = undefined;
  }
}

/** Remove a running finally's pending state below TOS (CANCEL_ACTIVE_FINALLY). */
function cancelActiveFinally(f: Frame): void {
  const r = f.regs;
  const sp = f.sp;
  if (typeof r[sp - 1] === "number") {
    // (..., prev_dest_or_retval, prev_cause, X) → (..., X)
    r[sp - 2] = r[sp];
    f.sp = sp - 2;
  } else {
    // (..., None/exception, X) → (..., X)
    r[sp - 1] = r[sp];
    f.sp = sp - 1;
  }
}

/** RETURN_VALUE with handlers open: run the next pending finally (returns true, with f.ip
 * at its handler) or pop everything (returns false; the value is at TOS). `ip` is the
 * position after the opcode that started the return. */
export function unwindReturn(f: Frame, ip: number): boolean {
  while (f.excSp > 0) {
    const e = f.exc[f.excSp - 1];
    if (e.isFinally) {
      if (e.handler > ip) {
        const r = f.regs;
        r[e.sp + 1] = r[f.sp];
        f.sp = e.sp + 2;
        r[f.sp] = -1;
        f.ip = e.handler;
        return true;
      }
      cancelActiveFinally(f);
    }
    f.excSp--;
  }
  return false;
}

/** UNWIND_JUMP: stack is (..., dest); unwind `unum & UNWIND_COUNT_MASK` levels. Sets f.ip to
 * the next instruction (a finally handler or the destination) and f.sp accordingly. */
export function unwindJump(f: Frame, unum: number, ip: number): void {
  while ((unum & UNWIND_COUNT_MASK) > 0) {
    unum -= 1;
    const e = f.exc[f.excSp - 1];
    if (e.isFinally) {
      if (e.handler > ip) {
        f.regs[++f.sp] = unum;
        f.ip = e.handler;
        return;
      }
      cancelActiveFinally(f);
    }
    f.excSp--;
  }
  f.ip = f.regs[f.sp--] as number;
  if (unum & UNWIND_POP_ITER) f.sp -= ITER_SLOTS;
}
