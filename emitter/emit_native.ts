// The native emitter (MicroPython's py/emitnative.c for @micropython.native): an Emitter that
// turns each bytecode-level operation into machine code through a NativeMachine. Entry and
// prelude here; the value-stack model is emit_native_core.ts, control flow and exceptions
// emit_native_flow.ts, viper's typed operations emit_viper.ts. Output: a NATIVE_PY raw code
// (docs/spec/mpy-format.md §6.2), or NATIVE_VIPER (§6.3) for @micropython.viper.
import type {
  AccessKind,
  BuildKind,
  ChildRef,
  CompKind,
  ConstToken,
  EmitResult,
  EmitScope,
  Emitter,
  GlobalKind,
  ImportKind,
  LocalKind,
  PassValue,
} from "../src/py/emit.ts";
import { Pass } from "../src/py/emit.ts";
import { ByteSink } from "../src/py/emit_bc_encode.ts";
import { writeSignature, writeSizeHeader } from "../src/py/emit_bc_prelude.ts";
import type { ModuleTables } from "../src/py/emit_bc_tables.ts";
import { BinaryOp, ScopeFlag, UnaryOp } from "../src/py/bytecode.ts";
import { type PyConst, RawCodeKind } from "../src/py/raw_code.ts";
import { F, OBJ_SENTINEL, W } from "./emit_native_core.ts";
import { handlerFrameWords, THROW_VAL } from "./emit_native_flow.ts";
import type { NativeMachine } from "./native_machine.ts";
import { ViperOps } from "./emit_viper.ts";
import { ViperTypeError, VT, vtypeFromName, vtypeName } from "./emit_viper_types.ts";

const BUILD_FUN: Record<Exclude<BuildKind, "slice">, number> = {
  tuple: F.BUILD_TUPLE,
  list: F.BUILD_LIST,
  map: F.BUILD_MAP,
  set: F.BUILD_SET,
};
const COMP_FUN: Record<CompKind, number> = {
  list: F.LIST_APPEND,
  set: F.STORE_SET,
  map: F.STORE_MAP,
};
/** Binary ops compiled as the positive op followed by `not`. */
const INVERTED: Record<number, number> = {
  [BinaryOp.NOT_IN]: BinaryOp.IN,
  [BinaryOp.IS_NOT]: BinaryOp.IS,
};

export class NativeEmitter extends ViperOps implements Emitter {
  private preludeOffset = 0;
  private preludePtrIndex = 0;

  constructor(m: NativeMachine, tables: ModuleTables, fileName = "", viper = false) {
    super(m, tables, fileName);
    this.viper = viper;
  }

  startPass(pass: PassValue, scope: EmitScope): void {
    this.pass = pass;
    this.scope = scope;
    this.resetPass();
    this.excStack = [];
    this.children = [];
    this.lastWasReturn = false;
    this.codeStateStart = this.needGlobalExcHandler
      ? handlerFrameWords(scope.excStackSize, this.isGenerator)
      : 0;
    const funTable = this.tables.useConst({ kind: "funtable" });
    this.m.startPass(pass === Pass.EMIT);
    this.nState = scope.numLocals + scope.stackSize;
    this.initLocalVtypes();
    if (this.viper) {
      this.viperEntry(funTable);
      this.globalExcEntry();
      return;
    }
    this.m.data(4, this.preludePtrIndex);
    if (this.isGenerator) this.generatorEntry(funTable);
    else this.functionEntry(funTable);
    this.globalExcEntry();
    for (let i = 0; i < 2 && i < scope.numLocals && this.canUseRegsForLocals; i++) {
      this.m.loadLocal(this.R.local[i], this.localVarSlot(i));
    }
  }

  /** Arguments are objects unless annotated (viper); other viper locals get the type of their
   * first assignment. */
  private initLocalVtypes(): void {
    const s = this.scope;
    let nArgs = s.nPosArgs + s.nKwonlyArgs;
    if (s.scopeFlags & ScopeFlag.VARARGS) nArgs++;
    if (s.scopeFlags & ScopeFlag.VARKEYWORDS) nArgs++;
    const argTypes = this.scopeArgVtypes();
    this.localVtype = [];
    for (let i = 0; i < s.numLocals; i++) {
      if (!this.viper) this.localVtype.push(VT.PYOBJ);
      else this.localVtype.push(i < nArgs ? argTypes[i] ?? VT.PYOBJ : VT.UNBOUND);
    }
  }

  /** Frame, tables, and argument binding by setup_code_state_native (native-abi.md §6.2). */
  private functionEntry(funTable: number): void {
    const { arg, funTable: rt, qstrTable } = this.R;
    this.stackStart = this.codeStateStart + W.CODE_STATE;
    this.m.entry(this.stackStart + this.nState);
    this.m.loadWord(rt, arg[0], W.FUN_CONTEXT);
    this.m.loadWord(qstrTable, rt, W.CTX_QSTR_TABLE);
    this.m.loadWord(rt, rt, W.CTX_OBJ_TABLE);
    this.m.loadWord(rt, rt, funTable);
    this.m.storeLocal(this.codeStateStart, arg[0]);
    this.m.movRegImm(arg[0], this.nState);
    this.movStateReg(this.codeStateStart + W.CS_N_STATE, arg[0]);
    this.m.localAddr(arg[0], this.codeStateStart);
    this.m.callInd(F.SETUP_CODE_STATE, this.R.local[0]); // r3 still holds args
  }

  /** Resume entry: the code state arrives in r0, the thrown-in value in r1 (§6.4). */
  private generatorEntry(funTable: number): void {
    const { arg, temp, funTable: rt, qstrTable, generatorState } = this.R;
    this.m.data(4, this.startOffset);
    this.m.entry(this.codeStateStart);
    this.codeStateStart = 0;
    this.stackStart = W.CODE_STATE;
    this.m.movRegReg(generatorState, arg[0]);
    this.m.storeLocal(THROW_VAL, arg[1]);
    this.m.loadWord(temp[0], generatorState, 0);
    this.m.loadWord(temp[0], temp[0], W.FUN_CONTEXT);
    this.m.loadWord(qstrTable, temp[0], W.CTX_QSTR_TABLE);
    this.m.loadWord(temp[0], temp[0], W.CTX_OBJ_TABLE);
    this.m.loadWord(rt, temp[0], funTable);
  }

  endPass(): boolean {
    this.globalExcExit();
    if (this.pendingError !== undefined) {
      throw this.compileError(ViperTypeError, this.pendingError, this.errorLine);
    }
    if (this.viper) return false;
    this.preludeOffset = this.m.codePos();
    this.preludePtrIndex = this.children.length;
    const s = this.scope;
    const out = new ByteSink(32);
    // n_state is 0 only in the STACK_SIZE pass of a scope without locals (output discarded).
    const nState = Math.max(1, this.nState);
    writeSignature(out, nState, 0, s.scopeFlags, s.nPosArgs, s.nKwonlyArgs, s.nDefPosArgs);
    const names = new ByteSink(16);
    names.vuint(this.tables.useQstr(s.simpleName));
    for (const name of s.argNames) names.vuint(this.tables.useQstr(name));
    writeSizeHeader(out, names.len, s.cellLocals.length);
    out.bytes(names.buf.subarray(0, names.len));
    for (const local of s.cellLocals) out.byte(local);
    for (const b of out.buf.subarray(0, out.len)) this.m.data(1, b);
    return false;
  }

  finish(): EmitResult {
    if (this.viper) {
      return {
        kind: RawCodeKind.NATIVE_VIPER,
        data: this.m.code(),
        scopeFlags: 0,
        children: this.children,
      };
    }
    return {
      kind: RawCodeKind.NATIVE_PY,
      data: this.m.code(),
      preludeOffset: this.preludeOffset,
      children: this.children,
    };
  }

  lastEmitWasReturnValue(): boolean {
    return this.lastWasReturn;
  }
  setSourceLine(line: number): void {
    this.sourceLine = line;
  }

  // --- names ---

  loadLocal(name: string, localNum: number, kind: LocalKind): void {
    if (kind === "fast") return this.loadFast(localNum, name);
    const ret = this.R.ret;
    this.needRegSingle(ret, 0);
    this.loadFast(localNum, name);
    const [cell] = this.prePopRegFlexible(ret, -1, -1);
    this.m.loadWord(ret, cell, 1);
    this.postPushReg(ret);
  }

  private loadFast(localNum: number, name = ""): void {
    const vt = this.localVtype[localNum] ?? VT.PYOBJ;
    if (vt === VT.UNBOUND) this.viperError(`local '${name}' used before type known`);
    const reg = this.localReg(localNum);
    if (reg !== undefined) return this.postPushReg(reg, vt);
    const t0 = this.R.temp[0];
    this.needRegSingle(t0, 0);
    this.movRegState(t0, this.localVarSlot(localNum));
    this.postPushReg(t0, vt);
  }

  storeLocal(name: string, localNum: number, kind: LocalKind): void {
    const [t0, t1] = this.R.temp;
    if (kind === "fast") {
      const reg = this.localReg(localNum);
      const vt = this.prePopReg(reg ?? t0);
      if (reg === undefined) this.movStateReg(this.localVarSlot(localNum), t0);
      // A viper local takes the type of its first assignment.
      const have = this.localVtype[localNum];
      if (have === VT.UNBOUND) this.localVtype[localNum] = vt;
      else if (have !== vt && this.viper) {
        this.viperError(
          `local '${name}' has type '${vtypeName(have)}' but source is '${vtypeName(vt)}'`,
        );
      }
      return;
    }
    this.needRegSingle(t0, 0);
    this.needRegSingle(t1, 0);
    this.loadFast(localNum);
    const [cell] = this.prePopRegFlexible(t0, -1, -1);
    const [value] = this.prePopRegFlexible(t1, cell, cell);
    this.m.storeWord(value, cell, 1);
  }

  loadGlobal(name: string, kind: GlobalKind): void {
    const cast = vtypeFromName(name);
    if (this.viper && kind === "global" && cast !== undefined && cast >= VT.BOOL) {
      return this.postPushImm(VT.BUILTIN_CAST, cast);
    }
    this.callWithQstr(kind === "name" ? F.LOAD_NAME : F.LOAD_GLOBAL, name, this.R.arg[0]);
    this.postPushReg(this.R.ret);
  }

  storeGlobal(name: string, kind: GlobalKind): void {
    const vt = this.peekVtype(0);
    if (kind === "name" || vt === VT.PYOBJ) {
      this.prePopReg(this.R.arg[1]);
    } else {
      this.prePopReg(this.R.arg[0]);
      this.callWithImm(F.CONVERT_NATIVE_TO_OBJ, vt, this.R.arg[1]);
      this.m.movRegReg(this.R.arg[1], this.R.ret);
    }
    this.callWithQstr(kind === "name" ? F.STORE_NAME : F.STORE_GLOBAL, name, this.R.arg[0]);
  }

  deleteLocal(name: string, localNum: number, kind: LocalKind): void {
    // Deleting a fast local stores None (no unbound check, as MicroPython's native code).
    if (kind !== "fast") return;
    this.loadConstTok("none");
    this.storeLocal(name, localNum, kind);
  }

  deleteGlobal(name: string, kind: GlobalKind): void {
    this.callWithQstr(kind === "name" ? F.DELETE_NAME : F.DELETE_GLOBAL, name, this.R.arg[0]);
  }

  importOp(name: string, kind: ImportKind): void {
    const { arg, ret } = this.R;
    if (kind === "name") {
      // fromlist and level go to the runtime as objects, even in viper code.
      const viper = this.viper;
      this.viper = false;
      this.prePopRegs(arg[1], arg[2]);
      this.viper = viper;
      this.callWithQstr(F.IMPORT_NAME, name, arg[0]);
      this.postPushReg(ret);
    } else if (kind === "from") {
      this.accessStack(1, arg[0]);
      this.callWithQstr(F.IMPORT_FROM, name, arg[1]);
      this.postPushReg(ret);
    } else {
      this.prePopReg(arg[0]);
      this.call(F.IMPORT_ALL);
    }
  }

  // --- constants ---

  loadConstTok(tok: ConstToken): void {
    if (tok === "ellipsis") return this.loadConstObj({ kind: "ellipsis" });
    if (tok === "none") this.postPushImm(VT.PTR_NONE, 0);
    else this.postPushImm(VT.BOOL, tok === "true" ? 1 : 0);
  }
  loadConstSmallInt(value: number): void {
    this.postPushImm(VT.INT, value);
  }
  loadConstStr(s: string): void {
    this.loadObjectInto(this.R.temp[0], { kind: "str", value: s });
  }
  loadConstObj(obj: PyConst): void {
    this.loadObjectInto(this.R.ret, obj);
  }
  private loadObjectInto(reg: number, obj: PyConst): void {
    this.needRegSingle(reg, 0);
    this.loadRegWithObject(reg, obj);
    this.postPushReg(reg);
  }
  loadNull(): void {
    this.postPushImm(VT.PYOBJ, 0);
  }

  // --- attributes, methods, subscripts ---

  loadMethod(name: string, isSuper: boolean): void {
    const { arg } = this.R;
    if (isSuper) {
      this.stackPointerForPop(arg[1], 3);
      this.stackPointerForPush(arg[1], 2);
      this.callWithQstr(F.LOAD_SUPER_METHOD, name, arg[0]);
    } else {
      this.prePopReg(arg[0]);
      this.stackPointerForPush(arg[2], 2);
      this.callWithQstr(F.LOAD_METHOD, name, arg[1]);
    }
  }

  loadBuildClass(): void {
    this.call(F.LOAD_BUILD_CLASS);
    this.postPushReg(this.R.ret);
  }

  subscr(kind: AccessKind): void {
    const { arg, ret } = this.R;
    if (kind === "load" && this.viper && this.viperLoadSubscr()) return;
    if (kind === "store" && this.viper && this.viperStoreSubscr()) return;
    if (kind === "load") {
      this.prePopRegs(arg[1], arg[0]);
      this.callWithImm(F.OBJ_SUBSCR, OBJ_SENTINEL, arg[2]);
      this.postPushReg(ret);
    } else if (kind === "store") {
      this.prePopRegs(arg[1], arg[0], arg[2]);
      this.call(F.OBJ_SUBSCR);
    } else {
      this.prePopRegs(arg[1], arg[0]);
      this.callWithImm(F.OBJ_SUBSCR, 0, arg[2]);
    }
  }

  attr(name: string, kind: AccessKind): void {
    const { arg, ret } = this.R;
    if (kind === "load") {
      this.prePopReg(arg[0]);
      this.callWithQstr(F.LOAD_ATTR, name, arg[1]);
      this.postPushReg(ret);
      return;
    }
    if (kind === "store" && this.peekVtype(1) !== VT.PYOBJ) {
      this.accessStack(2, arg[0]);
      this.callWithImm(F.CONVERT_NATIVE_TO_OBJ, this.peekVtype(1), arg[1]);
      this.m.movRegReg(arg[2], this.R.ret);
      this.prePopReg(arg[0]);
      this.adjustStack(-1);
    } else if (kind === "store") {
      this.prePopRegs(arg[0], arg[2]);
    } else {
      this.prePopReg(arg[0]);
      this.m.alu("xor", arg[2], arg[2]); // NULL value deletes
    }
    this.callWithQstr(F.STORE_ATTR, name, arg[1]);
  }

  // --- stack shuffles ---

  dupTopTwo(): void {
    const [t0, t1] = this.R.temp;
    const v0 = this.prePopReg(t0), v1 = this.prePopReg(t1);
    this.pushRegs([t1, v1], [t0, v0], [t1, v1], [t0, v0]);
  }
  private pushRegs(...entries: [number, number][]): void {
    for (const [reg, vt] of entries) this.postPushReg(reg, vt);
  }
  popTop(): void {
    this.prePopDiscard();
  }
  rotTwo(): void {
    const [t0, t1] = this.R.temp;
    const v0 = this.prePopReg(t0), v1 = this.prePopReg(t1);
    this.pushRegs([t0, v0], [t1, v1]);
  }
  rotThree(): void {
    const [t0, t1, t2] = this.R.temp;
    const v0 = this.prePopReg(t0), v1 = this.prePopReg(t1), v2 = this.prePopReg(t2);
    this.pushRegs([t0, v0], [t2, v2], [t1, v1]);
  }

  // --- iteration ---

  getIter(useStack: boolean): void {
    const { arg, ret } = this.R;
    this.prePopReg(arg[0]);
    if (useStack) {
      this.stackPointerForPush(arg[1], W.ITER_BUF);
      this.call(F.GETITER);
    } else {
      this.m.movRegImm(arg[1], 0);
      this.call(F.GETITER);
      this.postPushReg(ret);
    }
  }

  forIter(label: number): void {
    this.stackPointerForPop(this.R.arg[0], W.ITER_BUF);
    this.adjustStack(W.ITER_BUF);
    this.call(F.ITERNEXT);
    this.m.jumpIfZero(this.R.ret, label); // MP_OBJ_STOP_ITERATION is NULL
    this.postPushReg(this.R.ret);
  }

  forIterEnd(): void {
    this.adjustStack(-W.ITER_BUF);
  }

  // --- operators and containers ---

  unaryOp(op: number): void {
    if (this.viper && this.viperUnaryOp(op)) return;
    this.prePopReg(this.R.arg[1]);
    this.callWithImm(F.UNARY_OP, op, this.R.arg[0]);
    this.postPushReg(this.R.ret);
  }

  binaryOp(op: number): void {
    if (this.viper && this.viperBinaryOp(op)) return;
    const { arg, ret } = this.R;
    this.prePopRegs(arg[2], arg[1]);
    const positive = INVERTED[op];
    this.callWithImm(F.BINARY_OP, positive ?? op, arg[0]);
    if (positive !== undefined) {
      this.m.movRegReg(arg[1], ret);
      this.callWithImm(F.UNARY_OP, UnaryOp.NOT, arg[0]);
    }
    this.postPushReg(ret);
  }

  build(n: number, kind: BuildKind): void {
    const { arg, ret } = this.R;
    if (kind === "slice") {
      if (n === 2) {
        this.prePopRegs(arg[1], arg[0]);
        this.m.loadWord(arg[2], this.R.funTable, F.CONST_NONE);
      } else {
        this.prePopRegs(arg[2], arg[1], arg[0]);
      }
      this.call(F.NEW_SLICE);
    } else {
      if (kind !== "map") this.stackPointerForPop(arg[1], n);
      this.callWithImm(BUILD_FUN[kind], n, arg[0]);
    }
    this.postPushReg(ret);
  }

  storeMap(): void {
    const { arg } = this.R;
    this.prePopRegs(arg[1], arg[2], arg[0]);
    this.call(F.STORE_MAP);
    this.postPushReg(this.R.ret);
  }

  storeComp(kind: CompKind, stackIndex: number): void {
    const { arg } = this.R;
    if (kind === "map") this.prePopRegs(arg[1], arg[2]);
    else this.prePopReg(arg[1]);
    this.accessStack(stackIndex, arg[0]);
    this.call(COMP_FUN[kind]);
  }

  unpackSequence(n: number): void {
    const { arg } = this.R;
    this.prePopReg(arg[0]);
    this.stackPointerForPush(arg[2], n);
    this.callWithImm(F.UNPACK_SEQUENCE, n, arg[1]);
  }

  unpackEx(nLeft: number, nRight: number): void {
    const { arg } = this.R;
    this.prePopReg(arg[0]);
    this.stackPointerForPush(arg[2], nLeft + nRight + 1);
    this.callWithImm(F.UNPACK_EX, nLeft | (nRight << 8), arg[1]);
  }

  // --- functions and calls ---

  makeFunction(child: ChildRef, nPosDefaults: number, nKwDefaults: number): void {
    this.makeFunctionObject(child, nPosDefaults + nKwDefaults > 0 ? 2 : 0);
    this.postPushReg(this.R.ret);
  }

  makeClosure(
    child: ChildRef,
    nClosedOver: number,
    nPosDefaults: number,
    nKwDefaults: number,
  ): void {
    const { arg, ret } = this.R;
    const defaults = nPosDefaults + nKwDefaults > 0;
    // The defaults sit below the closed-over cells: address them, keeping all on the stack.
    const n = defaults ? 2 + nClosedOver : 0;
    this.makeFunctionObject(child, n, n);
    this.m.movRegImm(arg[1], nClosedOver);
    this.stackPointerForPop(arg[2], nClosedOver);
    if (defaults) this.adjustStack(-2);
    this.m.callInd(F.NEW_CLOSURE);
    this.postPushReg(ret);
  }

  /** make_function_from_proto_fun(child, context, defaults at the `nDefSlots` entries or NULL). */
  private makeFunctionObject(child: ChildRef, nDefSlots: number, keep = 0): void {
    const { arg } = this.R;
    this.movRegState(arg[1], this.codeStateStart);
    this.m.loadWord(arg[1], arg[1], W.FUN_CONTEXT);
    if (nDefSlots === 0) {
      this.needRegAll();
      this.m.movRegImm(arg[2], 0);
    } else {
      this.stackPointerForPop(arg[2], nDefSlots);
      this.adjustStack(keep);
      this.needRegAll();
    }
    this.loadRegWithChild(arg[0], child);
    this.m.callInd(F.MAKE_FUNCTION);
  }

  callFunction(nPositional: number, nKeyword: number, starFlags: number): void {
    const { arg, ret } = this.R;
    const nArgs = nPositional + 2 * nKeyword;
    const packed = nPositional | (nKeyword << 8);
    if (this.peekVtype(nArgs) === VT.BUILTIN_CAST) return this.viperCast(nArgs);
    if (starFlags) {
      this.stackPointerForPop(arg[2], nArgs + 2);
      this.callWith2Imm(F.CALL_METHOD_N_KW_VAR, 0, arg[0], packed, arg[1]);
    } else {
      if (nArgs > 0) this.stackPointerForPop(arg[2], nArgs);
      this.prePopReg(arg[0]);
      this.callWithImm(F.CALL_FUNCTION_N_KW, packed, arg[1]);
    }
    this.postPushReg(ret);
  }

  callMethod(nPositional: number, nKeyword: number, starFlags: number): void {
    const { arg, ret } = this.R;
    const nArgs = nPositional + 2 * nKeyword;
    if (starFlags) {
      this.stackPointerForPop(arg[2], nArgs + 3);
      this.callWith2Imm(F.CALL_METHOD_N_KW_VAR, 1, arg[0], nPositional | nKeyword << 8, arg[1]);
    } else {
      this.stackPointerForPop(arg[2], 2 + nArgs);
      this.callWith2Imm(F.CALL_METHOD_N_KW, nPositional, arg[0], nKeyword, arg[1]);
    }
    this.postPushReg(ret);
  }
}
