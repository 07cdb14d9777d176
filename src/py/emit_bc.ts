// The bytecode emitter: MicroPython's emitbc.c behaviour, producing function data byte-identical
// to mpy-cross 1.27 (jump-size selection §2.3, dead-code suppression §13.6, prelude §5).
import { Op } from "./bytecode.ts";
import { ByteSink } from "./emit_bc_encode.ts";
import { writeLineSteps, writeSignature, writeSizeHeader } from "./emit_bc_prelude.ts";
import type { ModuleTables } from "./emit_bc_tables.ts";
import {
  type AccessKind,
  type BuildKind,
  type ChildRef,
  type CompKind,
  type ConstToken,
  type EmitResult,
  type EmitScope,
  type Emitter,
  type GlobalKind,
  type ImportKind,
  type LocalKind,
  Pass,
  type PassValue,
  type SetupKind,
  type YieldKind,
} from "./emit.ts";
import { type PyConst, RawCodeKind } from "./raw_code.ts";
import { newException, RuntimeError } from "./obj_exception.ts";

const CONST_TOK_OP: Record<ConstToken, number> = {
  none: Op.LOAD_CONST_NONE,
  false: Op.LOAD_CONST_FALSE,
  true: Op.LOAD_CONST_TRUE,
  ellipsis: -1, // loaded as a constant object
};
const SETUP_OP: Record<SetupKind, number> = {
  with: Op.SETUP_WITH,
  except: Op.SETUP_EXCEPT,
  finally: Op.SETUP_FINALLY,
};
const BUILD_OP: Record<BuildKind, number> = {
  tuple: Op.BUILD_TUPLE,
  list: Op.BUILD_LIST,
  map: Op.BUILD_MAP,
  set: Op.BUILD_SET,
  slice: Op.BUILD_SLICE,
};
const COMP_CODE: Record<CompKind, number> = { list: 0, map: 1, set: 2 };
const BINARY_NOT_IN = 50;
const BINARY_IS_NOT = 51;
const BINARY_IN = 6;
const BINARY_IS = 7;
const UNARY_NOT = 3;

export interface EmitBcOptions {
  /** -O level; 3 and above drop the line-number table. */
  optLevel?: number;
}

/** One bytecode emitter per scope; the module's tables are shared between scopes. */
export class BytecodeEmitter implements Emitter {
  private pass: PassValue = Pass.SCOPE;
  private scope!: EmitScope;
  private code = new ByteSink(256);
  private lineInfo = new ByteSink(32);
  private stackSize = 0;
  private maxStackSize = 0;
  private suppress = false;
  private lastWasReturn = false;
  private lastSourceLine = 1;
  private lastSourceLineOffset = 0;
  private labelOffsets: number[] = [];
  private children: ChildRef[] = [];
  private prevCodeSize = -1;
  /** A jump in this pass did not fit its 15-bit offset (reported once the sizes settle). */
  private overflow = false;
  private prevInfoSize = -1;
  private readonly lineNumbers: boolean;

  constructor(private readonly tables: ModuleTables, options: EmitBcOptions = {}) {
    this.lineNumbers = (options.optLevel ?? 0) < 3;
  }

  startPass(pass: PassValue, scope: EmitScope): void {
    this.pass = pass;
    this.scope = scope;
    this.stackSize = 0;
    if (pass === Pass.STACK_SIZE) this.maxStackSize = 0;
    this.suppress = false;
    this.lastWasReturn = false;
    this.lastSourceLine = 1;
    this.lastSourceLineOffset = 0;
    this.code.len = 0;
    this.lineInfo.len = 0;
    this.overflow = false;
    this.children = [];
    // The prelude names are interned in every pass (in SCOPE the args are not known yet).
    this.tables.useQstr(scope.simpleName);
    for (const name of scope.argNames) this.tables.useQstr(name);
  }

  endPass(): boolean {
    if (this.pass === Pass.SCOPE) return false;
    if (this.pass === Pass.STACK_SIZE) this.scope.stackSize = this.maxStackSize;
    const codeSize = this.code.len, infoSize = this.lineInfo.len;
    const changed = this.pass === Pass.EMIT &&
      (codeSize !== this.prevCodeSize || infoSize !== this.prevInfoSize);
    this.prevCodeSize = codeSize;
    this.prevInfoSize = infoSize;
    // as py/emitbc.c: jumps shrink over the EMIT passes, so only the final layout can overflow
    if (this.pass === Pass.EMIT && !changed && this.overflow) {
      throw newException(RuntimeError, "bytecode overflow");
    }
    return changed;
  }

  finish(): EmitResult {
    const s = this.scope;
    const out = new ByteSink(this.code.len + this.lineInfo.len + 16);
    const nState = Math.max(1, s.numLocals + s.stackSize);
    writeSignature(
      out,
      nState,
      s.excStackSize,
      s.scopeFlags,
      s.nPosArgs,
      s.nKwonlyArgs,
      s.nDefPosArgs,
    );
    const names = new ByteSink(16);
    names.vuint(this.tables.useQstr(s.simpleName));
    for (const name of s.argNames) names.vuint(this.tables.useQstr(name));
    writeSizeHeader(out, names.len + this.lineInfo.len, s.cellLocals.length);
    out.bytes(names.buf.subarray(0, names.len));
    out.bytes(this.lineInfo.buf.subarray(0, this.lineInfo.len));
    for (const local of s.cellLocals) out.byte(local);
    out.bytes(this.code.buf.subarray(0, this.code.len));
    return { kind: RawCodeKind.BYTECODE, data: out.result(), children: this.children };
  }

  lastEmitWasReturnValue(): boolean {
    return this.lastWasReturn;
  }

  adjustStackSize(delta: number): void {
    if (this.pass === Pass.SCOPE) return;
    this.stackSize += delta;
    if (this.stackSize > this.maxStackSize) this.maxStackSize = this.stackSize;
    this.lastWasReturn = false;
  }

  setSourceLine(line: number): void {
    if (!this.lineNumbers || line <= this.lastSourceLine) return;
    writeLineSteps(
      this.lineInfo,
      this.code.len - this.lastSourceLineOffset,
      line - this.lastSourceLine,
    );
    this.lastSourceLineOffset = this.code.len;
    this.lastSourceLine = line;
  }

  labelAssign(label: number): void {
    // A label ends dead code and makes the next statement reachable (not "after a return").
    this.adjustStackSize(0);
    this.suppress = false;
    if (this.pass === Pass.SCOPE) return;
    this.labelOffsets[label] = this.code.len;
  }

  // --- low-level writers (each adjusts the stack even when suppressed, like emitbc.c) ---

  private op(delta: number, b: number): void {
    this.adjustStackSize(delta);
    if (!this.suppress) this.code.byte(b);
  }

  private opUint(delta: number, b: number, n: number): void {
    this.adjustStackSize(delta);
    if (this.suppress) return;
    this.code.byte(b);
    this.code.vuint(n);
  }

  private opQstr(delta: number, b: number, q: string): void {
    // Interned even in dead code: the qstr table order depends on it.
    const index = this.tables.useQstr(q);
    this.opUint(delta, b, index);
  }

  private rawByte(b: number): void {
    if (!this.suppress) this.code.byte(b);
  }

  private opLabel(delta: number, b: number, label: number): void {
    this.adjustStackSize(delta);
    if (this.suppress) return;
    const signed = b <= Op.POP_JUMP_IF_FALSE;
    let twoByte = true;
    let offset = 0;
    if (this.pass >= Pass.CODE_SIZE) {
      offset = (this.labelOffsets[label] ?? 0) - this.code.len - 2;
      if (signed ? offset >= -64 && offset <= 63 : offset >= 0 && offset <= 127) twoByte = false;
      if (twoByte) offset -= 1;
    }
    const c = this.code;
    c.byte(b);
    if (!twoByte) {
      c.byte(signed ? offset + 0x40 : offset);
    } else {
      if (signed) offset += 0x4000;
      if (this.pass === Pass.EMIT && (offset < 0 || offset > 0x7fff)) this.overflow = true;
      c.byte(0x80 | (offset & 0x7f));
      c.byte((offset >> 7) & 0xff);
    }
  }

  private opChild(delta: number, b: number, child: ChildRef): void {
    // Child indices are allocated in emission order, dead code included (§13.2).
    const index = this.children.length;
    this.children.push(child);
    this.opUint(delta, b, index);
  }

  // --- names ---

  loadLocal(_name: string, localNum: number, kind: LocalKind): void {
    if (kind === "fast") {
      if (localNum < 16) this.op(1, Op.LOAD_FAST_MULTI + localNum);
      else this.opUint(1, Op.LOAD_FAST_N, localNum);
    } else {
      this.opUint(1, Op.LOAD_DEREF, localNum);
    }
  }

  loadGlobal(name: string, kind: GlobalKind): void {
    this.opQstr(1, kind === "name" ? Op.LOAD_NAME : Op.LOAD_GLOBAL, name);
  }

  storeLocal(_name: string, localNum: number, kind: LocalKind): void {
    if (kind === "fast") {
      if (localNum < 16) this.op(-1, Op.STORE_FAST_MULTI + localNum);
      else this.opUint(-1, Op.STORE_FAST_N, localNum);
    } else {
      this.opUint(-1, Op.STORE_DEREF, localNum);
    }
  }

  storeGlobal(name: string, kind: GlobalKind): void {
    this.opQstr(-1, kind === "name" ? Op.STORE_NAME : Op.STORE_GLOBAL, name);
  }

  deleteLocal(_name: string, localNum: number, kind: LocalKind): void {
    this.opUint(0, kind === "fast" ? Op.DELETE_FAST : Op.DELETE_DEREF, localNum);
  }

  deleteGlobal(name: string, kind: GlobalKind): void {
    this.opQstr(0, kind === "name" ? Op.DELETE_NAME : Op.DELETE_GLOBAL, name);
  }

  importOp(name: string, kind: ImportKind): void {
    if (kind === "name") this.opQstr(-1, Op.IMPORT_NAME, name);
    else if (kind === "from") this.opQstr(1, Op.IMPORT_FROM, name);
    else this.op(-1, Op.IMPORT_STAR);
  }

  // --- constants ---

  loadConstTok(tok: ConstToken): void {
    if (tok === "ellipsis") this.loadConstObj({ kind: "ellipsis" });
    else this.op(1, CONST_TOK_OP[tok]);
  }

  loadConstSmallInt(value: number): void {
    if (value >= -16 && value <= 47) {
      this.op(1, 0x80 + value);
      return;
    }
    this.adjustStackSize(1);
    if (this.suppress) return;
    this.code.byte(Op.LOAD_CONST_SMALL_INT);
    this.code.vsint(value);
  }

  loadConstStr(s: string): void {
    this.opQstr(1, Op.LOAD_CONST_STRING, s);
  }

  loadConstObj(obj: PyConst): void {
    this.opUint(1, Op.LOAD_CONST_OBJ, this.tables.useConst(obj));
  }

  loadNull(): void {
    this.op(1, Op.LOAD_NULL);
  }

  loadMethod(name: string, isSuper: boolean): void {
    this.opQstr(isSuper ? -1 : 1, isSuper ? Op.LOAD_SUPER_METHOD : Op.LOAD_METHOD, name);
  }

  loadBuildClass(): void {
    this.op(1, Op.LOAD_BUILD_CLASS);
  }

  subscr(kind: AccessKind): void {
    if (kind === "load") {
      this.op(-1, Op.LOAD_SUBSCR);
      return;
    }
    if (kind === "delete") {
      this.loadNull();
      this.rotThree();
    }
    this.op(-3, Op.STORE_SUBSCR);
  }

  attr(name: string, kind: AccessKind): void {
    if (kind === "load") {
      this.opQstr(0, Op.LOAD_ATTR, name);
      return;
    }
    if (kind === "delete") {
      this.loadNull();
      this.rotTwo();
    }
    this.opQstr(-2, Op.STORE_ATTR, name);
  }

  // --- stack ---

  dupTop(): void {
    this.op(1, Op.DUP_TOP);
  }
  dupTopTwo(): void {
    this.op(2, Op.DUP_TOP_TWO);
  }
  popTop(): void {
    this.op(-1, Op.POP_TOP);
  }
  rotTwo(): void {
    this.op(0, Op.ROT_TWO);
  }
  rotThree(): void {
    this.op(0, Op.ROT_THREE);
  }

  // --- control flow ---

  jump(label: number): void {
    this.opLabel(0, Op.JUMP, label);
    this.suppress = true;
  }

  popJumpIf(cond: boolean, label: number): void {
    this.opLabel(-1, cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
  }

  jumpIfOrPop(cond: boolean, label: number): void {
    this.opLabel(-1, cond ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP, label);
  }

  unwindJump(label: number, exceptDepth: number, breakFromFor: boolean): void {
    if (exceptDepth === 0) {
      // Drop the 4 for-iterator slots without touching the stack counter (emitbc.c).
      if (breakFromFor) { for (let i = 0; i < 4; i++) this.rawByte(Op.POP_TOP); }
      this.opLabel(0, Op.JUMP, label);
    } else {
      this.opLabel(0, Op.UNWIND_JUMP, label);
      this.rawByte((breakFromFor ? 0x80 : 0) | exceptDepth);
    }
    this.suppress = true;
  }

  setupBlock(label: number, kind: SetupKind): void {
    // SETUP_WITH replaces the manager by __exit__, the manager and __enter__()'s result.
    this.opLabel(kind === "with" ? 2 : 0, SETUP_OP[kind], label);
  }

  withCleanup(label: number): void {
    this.loadConstTok("none");
    this.labelAssign(label);
    // +2 leaves room to call __exit__; then cancel it and SETUP_WITH's +2.
    this.op(2, Op.WITH_CLEANUP);
    this.adjustStackSize(-4);
  }

  endFinally(): void {
    this.op(-1, Op.END_FINALLY);
  }

  getIter(useStack: boolean): void {
    if (useStack) this.op(3, Op.GET_ITER_STACK);
    else this.op(0, Op.GET_ITER);
  }

  forIter(label: number): void {
    this.opLabel(1, Op.FOR_ITER, label);
  }

  forIterEnd(): void {
    this.adjustStackSize(-4);
  }

  popExceptJump(label: number, _withinExcBlock: boolean): void {
    this.opLabel(0, Op.POP_EXCEPT_JUMP, label);
    this.suppress = true;
  }

  // --- operators and containers ---

  unaryOp(op: number): void {
    this.op(0, Op.UNARY_OP_MULTI + op);
  }

  binaryOp(op: number): void {
    let invert = false;
    if (op === BINARY_NOT_IN) {
      invert = true;
      op = BINARY_IN;
    } else if (op === BINARY_IS_NOT) {
      invert = true;
      op = BINARY_IS;
    }
    this.op(-1, Op.BINARY_OP_MULTI + op);
    if (invert) this.op(0, Op.UNARY_OP_MULTI + UNARY_NOT);
  }

  build(n: number, kind: BuildKind): void {
    this.opUint(kind === "map" ? 1 : 1 - n, BUILD_OP[kind], n);
  }

  storeMap(): void {
    this.op(-2, Op.STORE_MAP);
  }

  storeComp(kind: CompKind, stackIndex: number): void {
    // A dict store has the key above the value, one slot further from the collection.
    const n = kind === "map" ? 1 : 0;
    this.opUint(-1 - n, Op.STORE_COMP, ((stackIndex + n) << 2) | COMP_CODE[kind]);
  }

  unpackSequence(n: number): void {
    this.opUint(n - 1, Op.UNPACK_SEQUENCE, n);
  }

  unpackEx(nLeft: number, nRight: number): void {
    this.opUint(nLeft + nRight, Op.UNPACK_EX, nLeft | (nRight << 8));
  }

  // --- functions and calls ---

  makeFunction(child: ChildRef, nPosDefaults: number, nKwDefaults: number): void {
    if (nPosDefaults === 0 && nKwDefaults === 0) this.opChild(1, Op.MAKE_FUNCTION, child);
    else this.opChild(-1, Op.MAKE_FUNCTION_DEFARGS, child);
  }

  makeClosure(
    child: ChildRef,
    nClosedOver: number,
    nPosDefaults: number,
    nKwDefaults: number,
  ): void {
    if (nPosDefaults === 0 && nKwDefaults === 0) {
      this.opChild(1 - nClosedOver, Op.MAKE_CLOSURE, child);
    } else {
      this.opChild(-1 - nClosedOver, Op.MAKE_CLOSURE_DEFARGS, child);
    }
    this.rawByte(nClosedOver);
  }

  private call(delta: number, base: number, nPos: number, nKw: number, starFlags: number): void {
    const arg = (nKw << 8) | nPos;
    if (starFlags) this.opUint(delta - nPos - 2 * nKw - 1, base + 1, arg);
    else this.opUint(delta - nPos - 2 * nKw, base, arg);
  }

  callFunction(nPositional: number, nKeyword: number, starFlags: number): void {
    this.call(0, Op.CALL_FUNCTION, nPositional, nKeyword, starFlags);
  }

  callMethod(nPositional: number, nKeyword: number, starFlags: number): void {
    this.call(-1, Op.CALL_METHOD, nPositional, nKeyword, starFlags);
  }

  returnValue(): void {
    this.op(-1, Op.RETURN_VALUE);
    this.suppress = true;
    this.lastWasReturn = true;
  }

  raiseVarargs(nArgs: number): void {
    this.op(-nArgs, Op.RAISE_LAST + nArgs);
    this.suppress = true;
  }

  yieldOp(kind: YieldKind): void {
    // A yield anywhere makes the scope a generator (emitbc.c mp_emit_bc_yield).
    this.scope.scopeFlags |= 0x01;
    if (kind === "value") this.op(0, Op.YIELD_VALUE);
    else this.op(-1, Op.YIELD_FROM);
  }

  startExceptHandler(): void {
    // The exception, plus 3 slots for a possible UNWIND_JUMP state.
    this.adjustStackSize(4);
  }

  endExceptHandler(): void {
    this.adjustStackSize(-3);
  }
}
