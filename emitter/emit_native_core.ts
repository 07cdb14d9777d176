// State and value-stack model of the native emitter (py/emitnative.c): each stack entry is kept
// in a frame slot, in a register or as an immediate until an operation needs it somewhere
// else, exactly as MicroPython decides, so the machine code matches mpy-cross byte for byte.
// Each entry also carries its viper type (emit_viper_types.ts); in @native code all are objects.
import type { ChildRef, EmitScope, PassValue } from "../src/py/emit.ts";
import { Pass } from "../src/py/emit.ts";
import type { ModuleTables } from "../src/py/emit_bc_tables.ts";
import type { PyConst } from "../src/py/raw_code.ts";
import { ScopeFlag } from "../src/py/bytecode.ts";
import type { NativeMachine } from "./native_machine.ts";
import { VT } from "./emit_viper_types.ts";
import { NotImplementedError, type PyBaseException } from "../src/py/obj_exception.ts";
import type { PyType } from "../src/py/obj.ts";
import { syntaxError } from "../src/py/compile_error.ts";

/** mp_fun_table indices (py/nativeglue.h, docs/spec/native-abi.md §4). */
export const F = {
  CONST_NONE: 0,
  CONST_FALSE: 1,
  SWAP_GLOBALS: 5,
  LOAD_NAME: 6,
  LOAD_GLOBAL: 7,
  LOAD_BUILD_CLASS: 8,
  LOAD_ATTR: 9,
  LOAD_METHOD: 10,
  LOAD_SUPER_METHOD: 11,
  STORE_NAME: 12,
  STORE_GLOBAL: 13,
  STORE_ATTR: 14,
  OBJ_SUBSCR: 15,
  OBJ_IS_TRUE: 16,
  UNARY_OP: 17,
  BINARY_OP: 18,
  BUILD_TUPLE: 19,
  BUILD_LIST: 20,
  BUILD_MAP: 21,
  BUILD_SET: 22,
  STORE_SET: 23,
  LIST_APPEND: 24,
  STORE_MAP: 25,
  MAKE_FUNCTION: 26,
  CALL_FUNCTION_N_KW: 27,
  CALL_METHOD_N_KW: 28,
  CALL_METHOD_N_KW_VAR: 29,
  GETITER: 30,
  ITERNEXT: 31,
  NLR_PUSH: 32,
  NLR_POP: 33,
  RAISE: 34,
  IMPORT_NAME: 35,
  IMPORT_FROM: 36,
  IMPORT_ALL: 37,
  NEW_SLICE: 38,
  UNPACK_SEQUENCE: 39,
  UNPACK_EX: 40,
  DELETE_NAME: 41,
  DELETE_GLOBAL: 42,
  NEW_CLOSURE: 43,
  SETUP_CODE_STATE: 45,
  CONVERT_OBJ_TO_NATIVE: 3,
  CONVERT_NATIVE_TO_OBJ: 4,
  ARG_CHECK_NUM_SIG: 44,
  SMALL_INT_FLOOR_DIVIDE: 46,
  SMALL_INT_MODULO: 47,
  YIELD_FROM: 48,
} as const;

/** Word layout of the C-stack frame and runtime structures (native-abi.md §3, §6). */
export const W = {
  NLR_BUF: 19, // 2 + 16 registers + 1, sized for the FP variant on every Thumb arch
  NLR_RET_VAL: 1, // the exception
  NLR_LOCAL_1: 3, // saved r4: the current handler address
  CODE_STATE: 5,
  CS_IP: 1,
  CS_SP: 2,
  CS_N_STATE: 3,
  FUN_CONTEXT: 1,
  FUN_CHILD_TABLE: 2,
  CTX_GLOBALS: 1,
  CTX_QSTR_TABLE: 2,
  CTX_OBJ_TABLE: 3,
  ITER_BUF: 4,
} as const;

export const VM_RETURN = { NORMAL: 0, YIELD: 1, EXCEPTION: 2 } as const;
/** MP_OBJ_SENTINEL: obj_subscr's "load" value. */
export const OBJ_SENTINEL = 4;
/** Our own labels, above any the compiler hands out. */
const PRIVATE_LABEL_BASE = 0x40000000;

export interface StackEntry {
  kind: "value" | "reg" | "imm";
  reg: number;
  imm: number;
  /** Viper type (VT); an immediate's type also says how it becomes an object. */
  vtype: number;
}

export class NativeCore {
  protected pass: PassValue = Pass.SCOPE;
  protected scope!: EmitScope;
  protected stackInfo: StackEntry[] = [];
  protected stackSize = 0;
  protected nState = 0;
  protected codeStateStart = 0;
  protected stackStart = 0;
  protected children: ChildRef[] = [];
  protected lastWasReturn = false;
  /** @micropython.viper: stack entries and locals have machine types. */
  protected viper = false;
  protected localVtype: number[] = [];
  /** Type of the value a jump_if_or_pop leaves for the label it jumps to. */
  protected savedStackVtype: number = VT.PYOBJ;
  /** Pending ViperTypeError (the last one wins) and the source line of the first. */
  protected pendingError: string | undefined;
  protected errorLine = 0;
  protected sourceLine = 0;
  private nextLabel = PRIVATE_LABEL_BASE;

  constructor(
    protected readonly m: NativeMachine,
    protected readonly tables: ModuleTables,
    /** Source file name, for the traceback of compile errors. */
    protected readonly fileName = "",
  ) {}

  /** A compile error of this scope at the current source line (compile.c adds the traceback). */
  protected compileError(type: PyType, msg: string, line = this.sourceLine): PyBaseException {
    return syntaxError(this.fileName, line, msg, this.scope.simpleName, type);
  }

  protected get R() {
    return this.m.regs;
  }
  protected get isGenerator(): boolean {
    return (this.scope.scopeFlags & ScopeFlag.GENERATOR) !== 0;
  }
  protected get canUseRegsForLocals(): boolean {
    return this.scope.excStackSize === 0 && !this.isGenerator;
  }
  protected get needGlobalExcHandler(): boolean {
    return this.scope.excStackSize > 0 ||
      (this.scope.scopeFlags & (ScopeFlag.GENERATOR | ScopeFlag.REFGLOBALS)) !== 0;
  }
  protected localVarSlot(localNum: number): number {
    return this.stackStart + this.nState - 1 - localNum;
  }
  /** Register of local `n` when locals live in registers, else undefined. */
  protected localReg(n: number): number | undefined {
    return n < 2 && this.canUseRegsForLocals ? this.R.local[n] : undefined;
  }
  protected label(): number {
    return this.nextLabel++;
  }

  /** Per pass: the same private label numbers in every pass, an empty stack. */
  protected resetPass(): void {
    this.nextLabel = PRIVATE_LABEL_BASE;
    this.stackInfo = [];
    this.stackSize = 0;
    this.pendingError = undefined;
    this.errorLine = 0;
  }
  private entry(i: number): StackEntry {
    return this.stackInfo[i] ??= { kind: "value", reg: 0, imm: 0, vtype: VT.UNBOUND };
  }
  protected peek(depth: number): StackEntry {
    return this.entry(this.stackSize - 1 - depth);
  }
  /** The type of an entry as the emitter sees it: always an object in @native code. */
  protected peekVtype(depth: number): number {
    return this.viper ? this.peek(depth).vtype : VT.PYOBJ;
  }
  /** Records a ViperTypeError (compilation goes on to the end of the pass, as emitnative.c). */
  protected viperError(msg: string): void {
    this.pendingError = msg;
  }

  /** The first statement to finish after an error gives it its line (compile.c). */
  statementDone(line: number): boolean {
    if (this.pendingError === undefined) return false;
    if (this.errorLine === 0) this.errorLine = line;
    return true;
  }

  // --- the Python state: C-stack slots, or the generator's code state through r5 ---

  protected movStateReg(slot: number, reg: number): void {
    if (this.isGenerator) this.m.storeWord(reg, this.R.generatorState, slot);
    else this.m.storeLocal(slot, reg);
  }
  protected movRegState(reg: number, slot: number): void {
    if (this.isGenerator) this.m.loadWord(reg, this.R.generatorState, slot);
    else this.m.loadLocal(reg, slot);
  }
  protected movRegStateAddr(reg: number, slot: number): void {
    if (this.isGenerator) {
      this.m.movRegImm(reg, slot * this.m.wordSize);
      this.m.alu("add", reg, this.R.generatorState);
    } else {
      this.m.localAddr(reg, slot);
    }
  }
  protected movRegQstr(reg: number, name: string): void {
    this.m.loadHalf(reg, this.R.qstrTable, this.tables.useQstr(name));
  }
  /** reg = entry of the module's constant table (through the function object). */
  protected loadRegWithObject(reg: number, obj: PyConst): void {
    if (this.viper) this.scope.scopeFlags |= ScopeFlag.HASCONSTS; // viper keeps the fun object
    const index = this.tables.useConst(obj);
    this.loadViaFunObj(reg, W.CTX_OBJ_TABLE, index, true);
  }
  protected loadRegWithChild(reg: number, child: ChildRef): void {
    const index = this.children.length;
    this.children.push(child);
    this.loadViaFunObj(reg, W.FUN_CHILD_TABLE, index, false);
  }
  private loadViaFunObj(reg: number, table: number, index: number, viaContext: boolean): void {
    const t0 = this.R.temp[0];
    this.movRegState(t0, this.codeStateStart);
    if (viaContext) this.m.loadWord(t0, t0, W.FUN_CONTEXT);
    this.m.loadWord(t0, t0, table);
    this.m.loadWord(reg, t0, index);
  }

  // --- stack model ---

  protected adjustStack(delta: number): void {
    this.stackSize += delta;
    if (this.pass > Pass.SCOPE && this.stackSize > this.scope.stackSize) {
      this.scope.stackSize = this.stackSize;
    }
  }
  /** Spills entries held in `reg`, except the one at stack position `skipPos` (1 = top). */
  protected needRegSingle(reg: number, skipPos: number): void {
    const skip = this.stackSize - skipPos;
    for (let i = 0; i < this.stackSize; i++) {
      const si = this.entry(i);
      if (i !== skip && si.kind === "reg" && si.reg === reg) {
        si.kind = "value";
        this.movStateReg(this.stackStart + i, si.reg);
      }
    }
  }
  protected needRegAll(): void {
    for (let i = 0; i < this.stackSize; i++) {
      const si = this.entry(i);
      if (si.kind === "reg") {
        si.kind = "value";
        this.movStateReg(this.stackStart + i, si.reg);
      }
    }
  }
  /** reg = an immediate: its machine value in viper code (unless `toObj`), else the object it
   * stands for. Returns the type reg then holds. */
  protected loadRegStackImm(reg: number, si: StackEntry, toObj: boolean): number {
    if (!toObj && this.viper) {
      this.m.movRegImm(reg, si.imm);
      return si.vtype;
    }
    const vt = si.vtype;
    if (vt === VT.PYOBJ) this.m.movRegImm(reg, si.imm);
    else if (vt === VT.BOOL) this.m.loadWord(reg, this.R.funTable, F.CONST_FALSE + si.imm);
    else if (vt === VT.INT || vt === VT.UINT) this.m.movRegImm(reg, (si.imm << 1 | 1) | 0);
    else if (vt === VT.PTR_NONE) this.m.loadWord(reg, this.R.funTable, F.CONST_NONE);
    else throw this.compileError(NotImplementedError, "conversion to object");
    return VT.PYOBJ;
  }
  /** Everything in its frame slot (before labels and jumps). */
  protected needStackSettled(): void {
    this.needRegAll();
    for (let i = 0; i < this.stackSize; i++) {
      const si = this.entry(i);
      if (si.kind === "imm") {
        si.kind = "value";
        si.vtype = this.loadRegStackImm(this.R.temp[1], si, false);
        this.movStateReg(this.stackStart + i, this.R.temp[1]);
      }
    }
  }
  /** reg = the entry at `pos` (1 = top), without popping it; returns its type. */
  protected accessStack(pos: number, reg: number): number {
    this.needRegSingle(reg, pos);
    const si = this.entry(this.stackSize - pos);
    if (si.kind === "value") {
      this.movRegState(reg, this.stackStart + this.stackSize - pos);
    } else if (si.kind === "reg") {
      if (si.reg !== reg) this.m.movRegReg(reg, si.reg);
    } else {
      return this.loadRegStackImm(reg, si, false);
    }
    return si.vtype;
  }
  /** Replaces the second entry by the top one, which ends up in a register. */
  protected foldStackTop(reg: number): void {
    const below = this.entry(this.stackSize - 2);
    Object.assign(below, this.entry(this.stackSize - 1));
    if (below.kind === "value") {
      this.movRegState(reg, this.stackStart + this.stackSize - 1);
      below.kind = "reg";
      below.reg = reg;
    }
    this.adjustStack(-1);
  }
  /** Pops the top into a register: the one it is in (unless notA/notB), else `reg`. Returns
   * the register and the value's type. */
  protected prePopRegFlexible(reg: number, notA: number, notB: number): [number, number] {
    const si = this.peek(0);
    let out = reg, vt: number;
    if (si.kind === "reg" && si.reg !== notA && si.reg !== notB) {
      out = si.reg;
      vt = si.vtype;
      this.needRegSingle(out, 1);
    } else {
      vt = this.accessStack(1, reg);
    }
    this.adjustStack(-1);
    return [out, vt];
  }
  protected prePopDiscard(): void {
    this.adjustStack(-1);
  }
  /** Pops the top into `reg`; returns its type. */
  protected prePopReg(reg: number): number {
    const vt = this.accessStack(1, reg);
    this.adjustStack(-1);
    return vt;
  }
  protected prePopRegs(...regs: number[]): void {
    for (const r of regs) this.prePopReg(r);
  }
  protected postPushReg(reg: number, vtype: number = VT.PYOBJ): void {
    Object.assign(this.entry(this.stackSize), { kind: "reg", reg, vtype });
    this.adjustStack(1);
  }
  protected postPushImm(vtype: number, imm: number): void {
    Object.assign(this.entry(this.stackSize), { kind: "imm", imm, vtype });
    this.adjustStack(1);
  }
  /** The compiler's stack adjustment: new entries are in their slots (one pushed entry is the
   * value a jump_if_or_pop left, of the type it had there). */
  adjustStackSize(delta: number): void {
    for (let i = 0; i < delta; i++) {
      Object.assign(this.entry(this.stackSize + i), {
        kind: "value",
        vtype: delta === 1 ? this.savedStackVtype : VT.PYOBJ,
      });
    }
    this.adjustStack(delta);
  }

  // --- runtime calls ---

  protected call(fun: number): void {
    this.needRegAll();
    this.m.callInd(fun);
  }
  protected callWithImm(fun: number, value: number, reg: number): void {
    this.needRegAll();
    this.m.movRegImm(reg, value);
    this.m.callInd(fun);
  }
  protected callWith2Imm(fun: number, v1: number, r1: number, v2: number, r2: number): void {
    this.needRegAll();
    this.m.movRegImm(r1, v1);
    this.m.movRegImm(r2, v2);
    this.m.callInd(fun);
  }
  protected callWithQstr(fun: number, name: string, reg: number): void {
    this.needRegAll();
    this.movRegQstr(reg, name);
    this.m.callInd(fun);
  }

  /** reg = address of the top `n` entries, which are popped (all stored in their slots, machine
   * values boxed with native_to_obj). */
  protected stackPointerForPop(reg: number, n: number): void {
    this.needRegAll();
    for (let i = 0; i < n; i++) {
      const si = this.entry(this.stackSize - 1 - i);
      if (si.kind === "imm") {
        si.kind = "value";
        si.vtype = this.loadRegStackImm(reg, si, true);
        this.movStateReg(this.stackStart + this.stackSize - 1 - i, reg);
      }
    }
    for (let i = 0; this.viper && i < n; i++) {
      const si = this.entry(this.stackSize - 1 - i);
      if (si.vtype === VT.PYOBJ) continue;
      const slot = this.stackStart + this.stackSize - 1 - i;
      this.movRegState(this.R.arg[0], slot);
      this.callWithImm(F.CONVERT_NATIVE_TO_OBJ, si.vtype, this.R.arg[1]);
      this.movStateReg(slot, this.R.ret);
      si.vtype = VT.PYOBJ;
    }
    this.adjustStack(-n);
    this.movRegStateAddr(reg, this.stackStart + this.stackSize);
  }
  /** reg = address of `n` new entries pushed for the runtime to fill. */
  protected stackPointerForPush(reg: number, n: number): void {
    this.needRegAll();
    for (let i = 0; i < n; i++) {
      Object.assign(this.entry(this.stackSize + i), { kind: "value", vtype: VT.PYOBJ });
    }
    this.movRegStateAddr(reg, this.stackStart + this.stackSize);
    this.adjustStack(n);
  }
}
