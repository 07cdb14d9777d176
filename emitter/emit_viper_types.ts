// Viper value types (py/emitnative.c vtype_kind_t): the low bits are the MP_NATIVE_TYPE_* codes
// that native_from_obj / native_to_obj take (docs/spec/native-abi.md §7).
import { defineType, type PyType } from "../src/py/obj.ts";
import { TypeError } from "../src/py/obj_exception.ts";

export const VT = {
  PYOBJ: 0,
  BOOL: 1,
  INT: 2,
  UINT: 3,
  PTR: 4,
  PTR8: 5,
  PTR16: 6,
  PTR32: 7,
  PTR_NONE: 0x54, // the None constant, before it is known to be an object
  UNBOUND: 0x60, // a local not assigned yet
  BUILTIN_CAST: 0x70, // `int`, `ptr8`, ... loaded as a cast operator (the imm is the type)
} as const;

/** Annotation names and their codes (mp_native_type_from_qstr). */
const NAMES = ["object", "bool", "int", "uint", "ptr", "ptr8", "ptr16", "ptr32"];

export function vtypeFromName(name: string): number | undefined {
  const i = NAMES.indexOf(name);
  return i < 0 ? undefined : i;
}

/** The name used in ViperTypeError messages (vtype_to_qstr). */
export function vtypeName(vt: number): string {
  return vt < NAMES.length ? NAMES[vt] : "None";
}

export const isWord = (vt: number) => vt === VT.INT || vt === VT.UINT;

/** MicroPython's ViperTypeError (a TypeError subclass, py/objexcept.c). */
export const ViperTypeError: PyType = defineType({ name: "ViperTypeError", base: TypeError });
