// Control flow of the native emitter (py/emitnative.c): labels and jumps, the function-wide
// nlr handler, try/except/finally and with blocks (handler addresses kept in the nlr buffer),
// return, raise and generator yields. Layout and protocol: docs/spec/native-abi.md §6.3-§6.4.
import type { SetupKind, YieldKind } from "../src/py/emit.ts";
import { F, NativeCore, VM_RETURN, W } from "./emit_native_core.ts";
import { VT, vtypeName } from "./emit_viper_types.ts";
import { NotImplementedError } from "../src/py/obj_exception.ts";

/** A try/with block being compiled: its handler label and what an unwinding jump must do. */
interface ExcEntry {
  label: number;
  isFinally: boolean;
  /** undefined: not jumped through; "final": last finally of an unwind; else the next one. */
  unwindLabel: number | "final" | undefined;
  isActive: boolean;
  /** A try/finally block: its None / exception stays on the stack until end_finally. */
  keepsValue: boolean;
}

// Frame slots of the function-wide handler (non-generator slots follow the nlr buffer).
const EXC_VAL = W.NLR_RET_VAL;
const HANDLER_PC = W.NLR_LOCAL_1;
const RET_VAL = W.NLR_BUF;
const HANDLER_UNWIND = W.NLR_BUF + 1;
/** Generators: the value thrown in by the resume call, raised when the code continues. */
export const THROW_VAL = W.NLR_BUF + 2;

/** Frame words below the code state: nlr buffer, return value, unwind target (and the throw
 * value of a generator). */
export function handlerFrameWords(excStackSize: number, generator: boolean): number {
  if (generator) return THROW_VAL + 1;
  return W.NLR_BUF + 1 + (excStackSize > 0 ? 1 : 0);
}

export class NativeFlow extends NativeCore {
  protected excStack: ExcEntry[] = [];
  protected exitLabel = 0;
  protected startOffset = 0;

  protected pushExcStack(label: number, isFinally: boolean, keepsValue = false): void {
    this.excStack.push({ label, isFinally, unwindLabel: undefined, isActive: true, keepsValue });
    this.m.movRegPcrel(this.R.ret, label);
    this.m.storeLocal(HANDLER_PC, this.R.ret);
  }

  /** The innermost block is done: the handler becomes the enclosing active one (or none). */
  protected leaveExcStack(startOfHandler: boolean): void {
    const stack = this.excStack;
    stack[stack.length - 1].isActive = false;
    let i = stack.length - 2;
    while (i >= 0 && !stack[i].isActive) i--;
    if (i < 0) {
      if (startOfHandler) return; // the nlr machinery already cleared it
      this.m.alu("xor", this.R.ret, this.R.ret);
    } else {
      this.m.movRegPcrel(this.R.ret, stack[i].label);
    }
    this.m.storeLocal(HANDLER_PC, this.R.ret);
  }

  labelAssign(label: number): void {
    const top = this.excStack[this.excStack.length - 1];
    const isFinally = top !== undefined && top.isFinally && top.label === label;
    if (isFinally) {
      // The finally block's value (None or the exception) goes to the exception slot.
      this.accessStack(1, this.R.temp[0]);
      this.m.storeLocal(EXC_VAL, this.R.temp[0]);
    }
    this.needStackSettled();
    this.m.labelAssign(label);
    if (isFinally) this.leaveExcStack(false);
  }

  /** Entry of the function-wide handler: swap globals, arm nlr, dispatch caught exceptions. */
  protected globalExcEntry(): void {
    this.exitLabel = this.label();
    if (!this.needGlobalExcHandler) return;
    const { ret, arg, temp, local } = this.R;
    const nlrLabel = this.label(), startLabel = this.label(), exceptLabel = this.label();
    if (!this.isGenerator) {
      this.movRegState(arg[0], this.codeStateStart);
      this.m.loadWord(arg[0], arg[0], W.FUN_CONTEXT);
      this.m.loadWord(arg[0], arg[0], W.CTX_GLOBALS);
      this.call(F.SWAP_GLOBALS);
      this.movStateReg(this.codeStateStart + W.CS_IP, ret);
    }
    if (this.scope.excStackSize === 0) {
      // Same globals: no handler needed at all.
      if (!this.isGenerator) this.m.jumpIfZero(ret, startLabel);
      this.m.localAddr(arg[0], 0);
      this.call(F.NLR_PUSH);
      this.m.jumpIfZero(ret, startLabel);
    } else {
      this.m.alu("xor", temp[0], temp[0]);
      this.m.storeLocal(HANDLER_UNWIND, temp[0]);
      this.m.storeLocal(EXC_VAL, temp[0]);
      this.m.movRegPcrel(local[0], startLabel);
      this.labelAssign(nlrLabel);
      this.m.localAddr(arg[0], 0);
      this.call(F.NLR_PUSH);
      this.m.jumpIfNonZero(ret, exceptLabel);
      this.m.alu("xor", temp[0], temp[0]);
      this.m.storeLocal(HANDLER_PC, temp[0]);
      this.m.jumpReg(local[0]);
      // An exception: re-arm nlr and jump to the active handler, if any.
      this.labelAssign(exceptLabel);
      this.m.loadLocal(local[0], HANDLER_PC);
      this.m.jumpIfNonZero(local[0], nlrLabel);
    }
    if (!this.isGenerator) {
      this.movRegState(arg[0], this.codeStateStart + W.CS_IP);
      this.call(F.SWAP_GLOBALS);
      this.m.loadLocal(arg[0], EXC_VAL);
      this.call(F.RAISE);
    } else {
      this.m.loadLocal(temp[0], EXC_VAL);
      this.m.storeWord(temp[0], this.R.generatorState, W.CODE_STATE);
      this.m.movRegImm(ret, VM_RETURN.EXCEPTION);
      this.m.exit();
    }
    this.labelAssign(startLabel);
    if (this.isGenerator) {
      this.movRegState(temp[0], W.CS_IP);
      this.m.jumpReg(temp[0]);
      this.startOffset = this.m.codePos();
      this.raiseThrown();
    }
  }

  /** On (re)entry of a generator: take the thrown-in value, if any, and raise it. */
  private raiseThrown(): void {
    const { arg } = this.R;
    this.m.loadLocal(arg[0], THROW_VAL);
    this.m.movRegImm(arg[1], 0);
    this.m.storeLocal(THROW_VAL, arg[1]);
    this.call(F.RAISE);
  }

  protected globalExcExit(): void {
    this.labelAssign(this.exitLabel);
    if (this.needGlobalExcHandler) {
      const noSwap = this.label();
      if (!this.isGenerator) {
        this.movRegState(this.R.arg[0], this.codeStateStart + W.CS_IP);
        if (this.scope.excStackSize === 0) this.m.jumpIfZero(this.R.arg[0], noSwap);
        this.call(F.SWAP_GLOBALS);
      }
      this.call(F.NLR_POP);
      if (!this.isGenerator && this.scope.excStackSize === 0) this.labelAssign(noSwap);
      this.m.loadLocal(this.R.ret, RET_VAL);
    }
    this.m.exit();
  }

  // --- jumps ---

  jump(label: number): void {
    this.needStackSettled();
    this.m.jump(label);
    this.m.suppress();
  }

  private jumpHelper(cond: boolean, label: number, pop: boolean): void {
    let vt = this.peekVtype(0);
    if (vt === VT.PYOBJ) {
      this.prePopReg(this.R.arg[0]);
      if (!pop) this.adjustStack(1);
      this.call(F.OBJ_IS_TRUE);
    } else {
      // A machine word is tested as it is.
      vt = this.prePopReg(this.R.ret);
      if (!pop) this.adjustStack(1);
      if (vt !== VT.BOOL && vt !== VT.INT && vt !== VT.UINT) {
        this.viperError(`can't implicitly convert '${vtypeName(vt)}' to 'bool'`);
      }
    }
    if (!pop) this.savedStackVtype = vt;
    this.needStackSettled();
    if (cond) this.m.jumpIfNonZero(this.R.ret, label);
    else this.m.jumpIfZero(this.R.ret, label);
    if (!pop) this.adjustStack(-1);
  }
  popJumpIf(cond: boolean, label: number): void {
    this.jumpHelper(cond, label, true);
  }
  jumpIfOrPop(cond: boolean, label: number): void {
    this.jumpHelper(cond, label, false);
  }

  /** break/continue/return out of `exceptDepth` blocks, through their finally clauses. */
  unwindJump(label: number, exceptDepth: number, _breakFromFor = false): void {
    let target = label;
    if (exceptDepth > 0) {
      let first: ExcEntry | undefined, prev: ExcEntry | undefined;
      let i = this.excStack.length - 1;
      for (; exceptDepth > 0; exceptDepth--, i--) {
        const e = this.excStack[i];
        if (!e.isFinally || !e.isActive) continue;
        first ??= e;
        if (prev) prev.unwindLabel = e.label;
        prev = e;
      }
      const { ret } = this.R;
      if (!prev) {
        // No finally in between: the handler becomes the one outside the jumped-out blocks.
        if (i < 0) this.m.alu("xor", ret, ret);
        else this.m.movRegPcrel(ret, this.excStack[i].label);
        this.m.storeLocal(HANDLER_PC, ret);
      } else {
        // Run the finally clauses; the last one jumps to the target kept in the unwind slot.
        prev.unwindLabel = "final";
        this.m.movRegPcrel(ret, label);
        this.m.storeLocal(HANDLER_UNWIND, ret);
        this.m.movRegImm(ret, 0);
        this.m.storeLocal(EXC_VAL, ret);
        target = first!.label;
      }
    }
    this.jump(target);
  }

  // --- blocks ---

  setupBlock(label: number, kind: SetupKind): void {
    if (kind === "with") return this.setupWith(label);
    this.needStackSettled();
    this.pushExcStack(label, kind === "finally", kind === "finally");
  }

  /** with: push __exit__ (method and self), call __enter__, arm the finally handler. */
  private setupWith(label: number): void {
    const { arg, ret } = this.R;
    this.accessStack(1, arg[0]);
    this.stackPointerForPush(arg[2], 2);
    this.callWithQstr(F.LOAD_METHOD, "__exit__", arg[1]);
    this.prePopRegs(arg[2], arg[1], arg[0]);
    this.postPushReg(arg[1]);
    this.postPushReg(arg[2]);
    this.stackPointerForPush(arg[2], 2);
    this.callWithQstr(F.LOAD_METHOD, "__enter__", arg[1]);
    this.stackPointerForPop(arg[2], 2);
    this.callWith2Imm(F.CALL_METHOD_N_KW, 0, arg[0], 0, arg[1]);
    this.postPushReg(ret);
    this.needStackSettled();
    this.pushExcStack(label, true);
    this.dupTop();
  }

  /** End of a with body (normal exit falls into the handler with no exception). */
  withCleanup(label: number): void {
    const { arg, ret, temp } = this.R;
    const noExc = this.label(), swallow = this.label(), callExit = this.label();
    this.leaveExcStack(false);
    this.adjustStack(-1);
    // Normal exit: __exit__(None, None, None).
    this.labelAssign(callExit);
    for (let i = 0; i < 3; i++) this.postPushImm(VT.PTR_NONE, 0);
    this.stackPointerForPop(arg[2], 5);
    this.callWith2Imm(F.CALL_METHOD_N_KW, 3, arg[0], 0, arg[1]);
    this.jump(noExc);
    // The handler: the finally label, reached with the exception (or None) in EXC_VAL.
    this.m.labelAssign(label);
    this.leaveExcStack(true);
    this.adjustStackSize(2);
    this.m.loadLocal(arg[0], EXC_VAL);
    this.m.jumpIfZero(arg[0], callExit);
    this.m.loadWord(arg[1], arg[0], 0); // type(exc)
    this.postPushReg(arg[1]);
    this.postPushReg(arg[0]);
    this.postPushImm(VT.PTR_NONE, 0);
    this.stackPointerForPop(arg[2], 5);
    this.callWith2Imm(F.CALL_METHOD_N_KW, 3, arg[0], 0, arg[1]);
    if (arg[0] !== ret) this.m.movRegReg(arg[0], ret);
    this.call(F.OBJ_IS_TRUE);
    this.m.jumpIfZero(ret, swallow);
    // __exit__ returned true: the exception is swallowed.
    this.labelAssign(noExc);
    this.m.movRegImm(temp[0], 0);
    this.m.storeLocal(EXC_VAL, temp[0]);
    this.labelAssign(swallow);
  }

  /** Re-raise the pending exception (if any), then continue a pending unwind jump. */
  endFinally(): void {
    const { arg, ret } = this.R;
    this.m.loadLocal(arg[0], EXC_VAL);
    this.call(F.RAISE);
    const e = this.excStack.pop()!;
    if (e.keepsValue) this.adjustStack(-1);
    if (e.unwindLabel !== undefined) {
      const none = this.label();
      this.m.loadLocal(ret, HANDLER_UNWIND);
      this.m.jumpIfZero(ret, none);
      if (e.unwindLabel === "final") this.m.jumpReg(ret);
      else this.jump(e.unwindLabel);
      this.labelAssign(none);
    }
  }

  popExceptJump(label: number, withinExcBlock: boolean): void {
    if (withinExcBlock) {
      this.m.movRegImm(this.R.temp[0], 0);
      this.m.storeLocal(EXC_VAL, this.R.temp[0]);
    } else {
      this.leaveExcStack(false);
    }
    this.jump(label);
  }

  startExceptHandler(): void {
    this.leaveExcStack(true);
    this.m.loadLocal(this.R.temp[0], EXC_VAL);
    this.postPushReg(this.R.temp[0]);
  }

  endExceptHandler(): void {
    this.adjustStack(-1);
  }

  dupTop(): void {
    const [reg, vt] = this.prePopRegFlexible(this.R.temp[0], -1, -1);
    this.postPushReg(reg, vt);
    this.postPushReg(reg, vt);
  }

  // --- leaving the function ---

  returnValue(): void {
    const { ret, temp } = this.R;
    if (this.isGenerator) {
      this.stackPointerForPop(temp[0], 1);
      this.movStateReg(W.CS_SP, temp[0]);
      this.m.movRegImm(temp[0], VM_RETURN.NORMAL);
      this.m.storeLocal(RET_VAL, temp[0]);
    } else {
      if (this.viper) this.viperReturnValue();
      else this.prePopReg(ret);
      if (this.needGlobalExcHandler) this.m.storeLocal(RET_VAL, ret);
    }
    this.unwindJump(this.exitLabel, this.excStack.length);
    this.lastWasReturn = true;
  }

  /** Viper: the value is converted to the declared return type's object (native-abi.md §7). */
  private viperReturnValue(): void {
    const { ret, arg } = this.R;
    const retType = this.scopeReturnVtype();
    if (this.peekVtype(0) === VT.PTR_NONE) {
      this.prePopDiscard();
      if (retType === VT.PYOBJ) this.m.loadWord(ret, this.R.funTable, F.CONST_NONE);
      else this.m.movRegImm(arg[0], 0);
    } else {
      const vt = this.prePopReg(retType === VT.PYOBJ ? ret : arg[0]);
      if (vt !== retType) {
        this.viperError(`return expected '${vtypeName(retType)}' but got '${vtypeName(vt)}'`);
      }
    }
    if (retType !== VT.PYOBJ) {
      this.callWithImm(F.CONVERT_NATIVE_TO_OBJ, retType, arg[1]);
      if (ret !== this.R.ret) this.m.movRegReg(ret, this.R.ret);
    }
  }

  /** The viper return annotation's type (object when there is none). */
  protected scopeReturnVtype(): number {
    return (this.scope as { viperReturnType?: number }).viperReturnType ?? VT.PYOBJ;
  }

  raiseVarargs(_nArgs: number): void {
    const vt = this.prePopReg(this.R.arg[0]);
    if (vt !== VT.PYOBJ && this.viper) this.viperError("must raise an object");
    this.call(F.RAISE);
    this.m.suppress();
  }

  yieldOp(kind: YieldKind): void {
    if (this.viper) throw this.compileError(NotImplementedError, "native yield");
    const { arg, ret, temp } = this.R;
    const resume = this.label(), again = this.label(), step = this.label();
    this.needStackSettled();
    if (kind === "from") {
      this.jump(step);
      this.labelAssign(again);
    }
    // Suspend: code_state.sp -> the value, return YIELD, resume at `resume`.
    this.stackPointerForPop(temp[0], 1);
    this.movStateReg(W.CS_SP, temp[0]);
    this.m.movRegImm(temp[0], VM_RETURN.YIELD);
    this.m.storeLocal(RET_VAL, temp[0]);
    this.m.movRegPcrel(temp[0], resume);
    this.movStateReg(W.CS_IP, temp[0]);
    this.m.jump(this.exitLabel);
    this.m.labelAssign(resume);
    // Back in: the nlr buffer was re-armed with no handler, restore the active one.
    for (let i = this.excStack.length - 1; i >= 0; i--) {
      if (!this.excStack[i].isActive) continue;
      this.m.movRegPcrel(ret, this.excStack[i].label);
      this.m.storeLocal(HANDLER_PC, ret);
      break;
    }
    this.adjustStackSize(1); // the sent value
    if (kind === "value") return this.raiseThrown();
    // yield from: one step of the delegation; non-zero means the delegate yielded.
    this.labelAssign(step);
    this.m.loadLocal(arg[2], THROW_VAL); // thrown in (or NULL), consumed here
    this.m.movRegImm(arg[1], 0);
    this.m.storeLocal(THROW_VAL, arg[1]);
    this.prePopReg(arg[1]);
    this.accessStack(1, arg[0]);
    this.postPushReg(arg[2]);
    this.stackPointerForPop(arg[2], 1);
    this.call(F.YIELD_FROM);
    this.m.jumpIfNonZero(ret, again);
    this.adjustStackSize(1);
    this.foldStackTop(arg[0]);
  }
}
