// The builtins module's namespace (py/modbuiltins.c mp_module_builtins_globals): every name of
// MicroPython 1.27's `builtins`, gathered from the rows each part of the runtime exports.
// Importing this module also installs the behaviour of classes, containers and types.
// (The VM's own builtins, __build_class__ and friends, are rows of vm_builtins.ts.)
import {
  boolType,
  Ellipsis,
  intType,
  NotImplemented,
  objectType,
  type PyValue,
  strType,
  typeType,
} from "./obj.ts";
import { state } from "./interp_state.ts";
import { exceptionTypes } from "./obj_exception.ts";
import { floatType } from "./obj_float.ts";
import { bytearrayType, bytesType } from "./obj_bytes.ts";
import "./obj_int.ts";
import "./obj_str.ts";
import "./str_methods.ts";
import "./obj_type.ts";
import { superType } from "./obj_super.ts";
import { classMethodType, propertyType, staticMethodType } from "./obj_property.ts";
import { iterBuiltins } from "./builtins_iter.ts";
import { containerBuiltins } from "./builtins_containers.ts";
import { coreBuiltins, replHooks } from "./builtins_core.ts";
import { openBuiltins } from "./builtins_open.ts";
import { numericBuiltins } from "./builtins_numeric.ts";
import { complexType } from "./obj_complex.ts";
import { memoryviewType } from "./obj_memoryview.ts";
import { loadSuperMethod } from "./obj_super.ts";
import { vmEnv } from "./vm_env.ts";
import type { PyType } from "./obj.ts";
import { ViperTypeError } from "../../emitter/emit_viper_types.ts";

/** The builtins namespace's rows in MicroPython's order; each interpreter makes its own dict
 * from them (boot_table.ts), so a builtin assigned in one run is not seen by another. */
export const builtinRows: readonly [string, PyValue][] = [
  ["__name__", "builtins"],
  ...exceptionTypes,
  ["ViperTypeError", ViperTypeError], // the unix port's, for its native emitters
  ["Ellipsis", Ellipsis],
  ["NotImplemented", NotImplemented],
  ["object", objectType],
  ["type", typeType],
  ["int", intType],
  ["bool", boolType],
  ["str", strType],
  ["float", floatType],
  ["complex", complexType],
  ["memoryview", memoryviewType],
  ["bytes", bytesType],
  ["bytearray", bytearrayType],
  ["super", superType],
  ["property", propertyType],
  ["staticmethod", staticMethodType],
  ["classmethod", classMethodType],
  ...iterBuiltins,
  ...containerBuiltins,
  ...coreBuiltins,
  ...openBuiltins,
  ...numericBuiltins,
];

replHooks.setLast = (v) => state.builtins.set("_", v);

// The VM reads super method lookups through vmEnv.
vmEnv.loadSuperMethod = (cls, self, name, dest) => loadSuperMethod(cls as PyType, self, name, dest);
