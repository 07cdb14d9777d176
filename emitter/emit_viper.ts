// The @micropython.viper side of the native emitter (py/emitnative.c with do_viper_types): the
// entry that checks and unboxes typed arguments, machine-word arithmetic and comparisons,
// pointer loads and stores, and casts. Types and messages: emit_viper_types.ts.
import { BinaryOp, ScopeFlag, UnaryOp } from "../src/py/bytecode.ts";
import { binaryOpName } from "../src/py/runtime.ts";
import { NotImplementedError } from "../src/py/obj_exception.ts";
import { F, OBJ_SENTINEL } from "./emit_native_core.ts";
import { NativeFlow } from "./emit_native_flow.ts";
import { isWord, VT, vtypeName } from "./emit_viper_types.ts";
import type { AluOp, CompareOp, MemSize } from "./native_machine.ts";

/** Word ops on two machine ints: dst = dst op rhs (shifts pick lsr for an unsigned lhs). */
const WORD_OP: Record<number, AluOp> = {
  [BinaryOp.OR]: "or",
  [BinaryOp.XOR]: "xor",
  [BinaryOp.AND]: "and",
  [BinaryOp.LSHIFT]: "lsl",
  [BinaryOp.RSHIFT]: "asr",
  [BinaryOp.ADD]: "add",
  [BinaryOp.SUBTRACT]: "sub",
  [BinaryOp.MULTIPLY]: "mul",
};
/** Comparisons LESS..NOT_EQUAL: [signed, unsigned]. */
const COMPARE: [CompareOp, CompareOp][] = [
  ["lt", "lo"],
  ["gt", "hi"],
  ["eq", "eq"],
  ["le", "ls"],
  ["ge", "hs"],
  ["ne", "ne"],
];
const PTR_SIZE: Record<number, MemSize> = { [VT.PTR8]: 1, [VT.PTR16]: 2, [VT.PTR32]: 4 };
const INPLACE_TO_PLAIN = BinaryOp.OR - BinaryOp.INPLACE_OR;

/** An operator's name in a viper error: `in`, `is` and their negations have none in 1.27's
 * method-name table, so the message reads "binary op  not implemented". */
function viperOpName(op: number): string {
  if (op === BinaryOp.IN || op === BinaryOp.IS) return "";
  const name = binaryOpName(op);
  return name === "?" ? "" : name;
}

export class ViperOps extends NativeFlow {
  /** Types of the arguments from their annotations, by local number (object if none). */
  protected scopeArgVtypes(): readonly number[] {
    return (this.scope as { viperArgTypes?: number[] }).viperArgTypes ?? [];
  }

  /** Locals 0-1 in r4/r5; with 3+ arguments r5 holds `args` while they are unpacked. */
  private get localsInRegs(): number {
    if (!this.canUseRegsForLocals) return 0;
    const n = Math.min(this.scope.numLocals, 2);
    return this.scope.nPosArgs >= 3 ? n - 1 : n;
  }

  /** Frame, tables, argument count check and unboxing (native-abi.md §6.2, viper). */
  protected viperEntry(funTable: number): void {
    const { arg, funTable: rt, qstrTable, local } = this.R;
    const s = this.scope;
    const hasConsts = (s.scopeFlags & ScopeFlag.HASCONSTS) !== 0;
    const needFunObj = hasConsts || this.needGlobalExcHandler;
    this.stackStart = this.codeStateStart + (this.needGlobalExcHandler ? 2 : hasConsts ? 1 : 0);
    this.m.entry(this.stackStart + this.nState - this.localsInRegs);
    this.m.loadWord(rt, arg[0], 1);
    this.m.loadWord(qstrTable, rt, 2);
    this.m.loadWord(rt, rt, 3);
    this.m.loadWord(rt, rt, funTable);
    if (needFunObj) this.m.storeLocal(this.codeStateStart, arg[0]);
    const argsReg = local[1];
    this.m.movRegReg(arg[0], arg[1]);
    this.m.movRegReg(arg[1], arg[2]);
    this.m.movRegReg(argsReg, arg[3]);
    const check = this.label(), ok = this.label();
    this.m.jumpIfNonZero(arg[1], check);
    this.m.movRegImm(arg[2], s.nPosArgs);
    this.m.jumpIfEqual(arg[0], arg[2], ok);
    this.m.labelAssign(check);
    this.m.movRegImm(arg[2], s.nPosArgs << 17 | s.nPosArgs << 1);
    this.m.callInd(F.ARG_CHECK_NUM_SIG);
    this.m.labelAssign(ok);
    for (let i = 0; i < s.nPosArgs; i++) {
      this.m.loadWord(arg[0], argsReg, i);
      if (this.localVtype[i] !== VT.PYOBJ) {
        this.callWithImm(F.CONVERT_OBJ_TO_NATIVE, this.localVtype[i], arg[1]);
      }
      if (i < 2 && this.canUseRegsForLocals && (i !== 1 || s.nPosArgs === 2)) {
        this.m.movRegReg(local[i], this.R.ret);
      } else {
        this.movStateReg(this.localVarSlot(i), this.R.ret);
      }
    }
    if (s.nPosArgs >= 3 && this.canUseRegsForLocals) {
      this.m.loadLocal(argsReg, this.localVarSlot(1));
    }
  }

  protected viperUnaryOp(op: number): boolean {
    let vt = this.peekVtype(0);
    if (vt === VT.PYOBJ) return false;
    const ret = this.R.ret;
    if (!isWord(vt)) {
      this.viperError(`can't do unary op of '${vtypeName(vt)}'`);
    } else if (op === UnaryOp.NEGATIVE || op === UnaryOp.INVERT) {
      // Into r0, never in place: the operand may be a local kept in a register.
      vt = this.prePopReg(ret);
      this.m.unary(op === UnaryOp.NEGATIVE ? "neg" : "not", ret);
      this.postPushReg(ret, vt);
    } else if (op !== UnaryOp.POSITIVE) {
      this.viperError("'not' not implemented");
    }
    return true;
  }

  /** Binary ops with a machine-word operand; false for object op object. */
  protected viperBinaryOp(op: number): boolean {
    const lhs = this.peekVtype(1), rhs = this.peekVtype(0);
    if (lhs === VT.PYOBJ && rhs === VT.PYOBJ) return false;
    if (!isWord(lhs) || !isWord(rhs)) {
      this.adjustStack(-1);
      this.viperError(
        `can't do binary op between '${vtypeName(lhs)}' and '${vtypeName(rhs)}'`,
      );
      return true;
    }
    const { arg, ret } = this.R;
    if (op >= BinaryOp.INPLACE_OR && op <= BinaryOp.INPLACE_POWER) op += INPLACE_TO_PLAIN;
    if (op === BinaryOp.FLOOR_DIVIDE || op === BinaryOp.MODULO) {
      this.prePopReg(arg[1]);
      if (this.prePopReg(arg[0]) !== VT.INT) this.viperError("div/mod not implemented for uint");
      this.call(op === BinaryOp.MODULO ? F.SMALL_INT_MODULO : F.SMALL_INT_FLOOR_DIVIDE);
      this.postPushReg(ret, VT.INT);
      return true;
    }
    const [rReg, rType] = this.prePopRegFlexible(arg[2], ret, arg[1]);
    const lType = this.prePopReg(arg[1]);
    const alu = WORD_OP[op];
    if (alu !== undefined) {
      this.m.alu(alu === "asr" && lType === VT.UINT ? "lsr" : alu, arg[1], rReg);
      this.postPushReg(arg[1], lType);
    } else if (op <= BinaryOp.NOT_EQUAL) {
      if (lType !== rType) this.viperError("comparison of int and uint");
      this.needRegSingle(ret, 0);
      this.m.compareSet(COMPARE[op][lType === VT.UINT ? 1 : 0], ret, arg[1], rReg);
      this.postPushReg(ret, VT.BOOL);
    } else {
      this.adjustStack(1);
      this.viperError(`binary op ${viperOpName(op)} not implemented`);
    }
    return true;
  }

  /** `int(x)`, `ptr8(buf)`, ...: unbox an object, or relabel a machine value. */
  protected viperCast(nArgs: number): void {
    const cast = this.peek(1).imm;
    if (nArgs !== 1) throw this.compileError(NotImplementedError, "casting");
    const vt = this.peekVtype(0);
    if (vt === VT.PYOBJ) {
      this.prePopReg(this.R.arg[0]);
      this.prePopDiscard();
      this.callWithImm(F.CONVERT_OBJ_TO_NATIVE, cast, this.R.arg[1]);
      this.postPushReg(this.R.ret, cast);
    } else if (vt <= VT.PTR32 || vt === VT.PTR_NONE) {
      this.foldStackTop(this.R.arg[0]);
      this.peek(0).vtype = cast;
    } else {
      throw this.compileError(NotImplementedError, "casting");
    }
  }

  /** base[index] with a pointer base (an object base with a machine index is boxed first). */
  protected viperLoadSubscr(): boolean {
    const { arg, ret } = this.R;
    const base = this.peekVtype(1);
    if (base === VT.PYOBJ) {
      const index = this.peekVtype(0);
      if (index === VT.PYOBJ) return false;
      this.prePopReg(arg[0]);
      this.callWithImm(F.CONVERT_NATIVE_TO_OBJ, index, arg[1]);
      this.m.movRegReg(arg[1], ret);
      this.prePopReg(arg[0]);
      this.callWithImm(F.OBJ_SUBSCR, OBJ_SENTINEL, arg[2]);
      this.postPushReg(ret);
      return true;
    }
    const top = this.peek(0);
    if (top.vtype === VT.INT && top.kind === "imm") {
      const index = top.imm;
      this.prePopDiscard();
      let [reg, vt] = this.prePopRegFlexible(arg[0], arg[1], arg[1]);
      this.needRegSingle(ret, 0);
      const size = PTR_SIZE[vt];
      if (size === undefined) {
        this.viperError(`can't load from '${vtypeName(vt)}'`);
      } else if (index > 0 && index < 32) {
        this.m.loadMem(size, ret, reg, index);
      } else {
        if (index !== 0) {
          this.needRegSingle(arg[1], 0);
          this.m.movRegImm(arg[1], index * size);
          this.m.alu("add", arg[1], reg);
          reg = arg[1];
        }
        this.m.loadMem(size, ret, reg, 0);
      }
    } else {
      let [iReg, iType] = this.prePopRegFlexible(arg[1], arg[0], arg[0]);
      const vt = this.prePopReg(arg[0]);
      this.needRegSingle(ret, 0);
      if (!isWord(iType)) this.viperError(`can't load with '${vtypeName(iType)}' index`);
      const size = PTR_SIZE[vt];
      if (size === undefined) {
        this.viperError(`can't load from '${vtypeName(vt)}'`);
      } else {
        iReg = this.scalableIndex(size, iReg, arg[1]);
        this.m.loadMemReg(size, ret, arg[0], iReg);
      }
    }
    this.postPushReg(ret, VT.INT);
    return true;
  }

  /** base[index] = value with a pointer base; object bases get boxed operands. */
  protected viperStoreSubscr(): boolean {
    const { arg } = this.R;
    const base = this.peekVtype(1);
    if (base === VT.PYOBJ) {
      if (this.peekVtype(0) === VT.PYOBJ && this.peekVtype(2) === VT.PYOBJ) return false;
      this.stackPointerForPop(arg[0], 3);
      this.adjustStack(3);
      this.prePopRegs(arg[1], arg[0], arg[2]);
      this.call(F.OBJ_SUBSCR);
      return true;
    }
    const top = this.peek(0);
    const checkValue = (vt: number) => {
      if (vt !== VT.BOOL && !isWord(vt)) this.viperError(`can't store '${vtypeName(vt)}'`);
    };
    if (top.vtype === VT.INT && top.kind === "imm") {
      const index = top.imm;
      this.prePopDiscard();
      let [bReg, vt] = this.prePopRegFlexible(arg[0], arg[1], arg[2]);
      const [vReg, valType] = this.prePopRegFlexible(arg[2], bReg, arg[1]);
      checkValue(valType);
      const size = PTR_SIZE[vt];
      if (size === undefined) {
        this.viperError(`can't store to '${vtypeName(vt)}'`);
      } else if (index > 0 && index < 32) {
        this.m.storeMem(size, vReg, bReg, index);
      } else {
        if (index !== 0) {
          this.m.movRegImm(arg[1], index * size);
          this.m.alu("add", arg[1], bReg);
          bReg = arg[1];
        }
        this.m.storeMem(size, vReg, bReg, 0);
      }
      return true;
    }
    let [iReg, iType] = this.prePopRegFlexible(arg[1], arg[0], arg[2]);
    const vt = this.prePopReg(arg[0]);
    if (!isWord(iType)) this.viperError(`can't store with '${vtypeName(iType)}' index`);
    if (PTR_SIZE[vt] !== undefined) iReg = this.scalableIndex(PTR_SIZE[vt], iReg, arg[1]);
    const [vReg, valType] = this.prePopRegFlexible(arg[2], arg[0], iReg);
    checkValue(valType);
    const size = PTR_SIZE[vt];
    if (size === undefined) {
      this.viperError(`can't store to '${vtypeName(vt)}'`);
    } else {
      this.m.storeMemReg(size, vReg, arg[0], iReg);
    }
    return true;
  }
  /** The machine scales a register index in place (loadMemReg): an index that is a local
   * variable's own register is copied to `scratch` first, or the local would be scaled too. */
  private scalableIndex(size: MemSize, iReg: number, scratch: number): number {
    if (size === 1 || !this.R.local.includes(iReg)) return iReg;
    this.needRegSingle(scratch, 0);
    this.m.movRegReg(scratch, iReg);
    return scratch;
  }
}
