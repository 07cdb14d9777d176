// What the VM needs from parts of the runtime it cannot import without a cycle: the class
// machinery (installed by vm_builtins.ts / builtins.ts). Static wiring, the same for every
// interpreter; per-run state lives in interp_state.ts.
import type { PyValue } from "./obj.ts";

export const vmEnv = {
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
