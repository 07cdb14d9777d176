// What the VM needs from outside the core loop, as replaceable slots: the builtins dict and
// the class machinery (installed by vm_builtins.ts / builtins.ts / obj_type.ts).
import type { PyValue } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";

export const vmEnv = {
  /** Builtins: the last resort of LOAD_NAME/LOAD_GLOBAL. */
  builtins: new PyDict(),
  /** What LOAD_BUILD_CLASS pushes. */
  buildClass: null as PyValue,
  /** LOAD_SUPER_METHOD: fill dest with (method, self-or-undefined) for super(cls, self).name. */
  loadSuperMethod: (
    _cls: PyValue,
    _self: PyValue,
    _name: string,
    _dest: (PyValue | undefined)[],
  ): void => {
    throw new Error("super() not available");
  },
  /** MicroPython's stop_iteration_arg: the value of a StopIteration that an iterNext slot
   * turned into "exhausted" (read by YIELD_FROM for its result). */
  stopIterationArg: null as PyValue,
  /** Called with JS errors (VM bugs) before they become RuntimeError("internal error"). */
  onInternalError: undefined as ((e: unknown) => void) | undefined,
};
