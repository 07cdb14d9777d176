// Running asm_thumb functions on the desktop: a NATIVE_ASM raw code becomes a callable whose
// machine code runs in the Thumb emulator, with arguments and the result converted as
// py/objfun.c fun_asm_call / convert_obj_for_inline_asm and mp_native_to_obj do on a board.
import { defineType, type Kw, PyObject, type PyType, type PyValue } from "../src/py/obj.ts";
import { raise, RuntimeError, TypeError } from "../src/py/obj_exception.ts";
import { PyFloat } from "../src/py/obj_float.ts";
import { bufferData } from "../src/py/obj_bytes.ts";
import { encodeUtf8 } from "../src/py/obj_str.ts";
import type { RawCode } from "../src/py/raw_code.ts";
import { ThumbFault, ThumbMachine } from "./thumb_sim.ts";
import { AsmTypeSig } from "./emit_inline_thumb.ts";

/** One emulator per interpreter, made when its first asm function is called (code stays
 * loaded; buffers are mapped per call). */
class MachineSlot {
  private machine: ThumbMachine | undefined;
  get(): ThumbMachine {
    return this.machine ??= new ThumbMachine();
  }
}

export class PyAsmFunction extends PyObject {
  private entry: number | undefined;
  constructor(readonly raw: RawCode, private readonly slot: MachineSlot) {
    super(asmFunctionType);
  }

  call(args: PyValue[], kw: Kw): PyValue {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    const n = this.raw.nPosArgs ?? 0;
    if (args.length !== n) {
      raise(TypeError, `function takes ${n} positional arguments but ${args.length} were given`);
    }
    const m = this.slot.get();
    this.entry ??= m.loadCode(this.raw.data);
    const mapped: number[] = [];
    try {
      const words = args.map((a) => toWord(m, a, mapped));
      let r0: number;
      try {
        r0 = m.call(this.entry | 1, words);
      } catch (e) {
        if (e instanceof ThumbFault) raise(RuntimeError, `asm_thumb: ${e.message}`);
        throw e;
      }
      return fromWord(r0 >>> 0, this.raw.typeSig ?? AsmTypeSig.INT);
    } finally {
      for (const a of mapped) m.unmap(a);
    }
  }
}

export const asmFunctionType: PyType = defineType({
  name: "function",
  repr: () => "<function>",
  call: (self, args, kw) => (self as PyAsmFunction).call(args, kw),
});

/** convert_obj_for_inline_asm: the machine word passed in a register for one argument. */
function toWord(m: ThumbMachine, v: PyValue, mapped: number[]): number {
  if (typeof v === "number") return v >>> 0;
  if (typeof v === "bigint") return Number(BigInt.asUintN(32, v));
  if (v === null || v === false) return 0;
  if (v === true) return 1;
  if (v instanceof PyFloat) return Math.trunc(v.value) >>> 0;
  // str: the address of its (UTF-8) bytes; buffers: the address of their bytes, shared.
  const bytes = typeof v === "string" ? encodeUtf8(v) : bufferData(v);
  if (bytes !== undefined) {
    const addr = m.map(bytes.length > 0 ? bytes : new Uint8Array(1));
    mapped.push(addr);
    return addr;
  }
  return raise(
    TypeError,
    `can't pass '${(v as PyObject).type.name}' object to an asm_thumb function`,
  );
}

/** mp_native_to_obj for the return type stored as type_sig. */
function fromWord(w: number, typeSig: number): PyValue {
  switch (typeSig) {
    case AsmTypeSig.BOOL:
      return w !== 0;
    case AsmTypeSig.UINT:
      return w;
    case AsmTypeSig.OBJ:
      // Only small ints can be made from a word here (object pointers are board addresses).
      if (w & 1) return (w | 0) >> 1;
      if (w === 0) return null;
      return raise(RuntimeError, "asm_thumb: returned object is not representable");
    default:
      return w | 0;
  }
}

/** For an interpreter (its `nativeCode` option): makes the callable for a NATIVE_ASM raw code,
 * what MAKE_FUNCTION makes of it, running in that interpreter's own emulator. */
export function asmRunner(): (raw: RawCode) => PyValue {
  const slot = new MachineSlot();
  return (raw) => new PyAsmFunction(raw, slot);
}
