// The module constants MicroPython's parser folds (py/parse.c with MICROPY_COMP_MODULE_CONST):
// `errno.X` and `math.X` written as `name.attr` become the constant itself, an int or a float,
// whatever the name is bound to at run time. mpy-cross has none of these modules, so only code
// compiled by the running interpreter folds them.
import type { FoldNum } from "./fold.ts";
import type { PyValue } from "./obj.ts";
import { PyFloat } from "./obj_float.ts";
import { makeErrnoModule } from "./mod_errno.ts";
import { makeMathModule } from "./mod_math.ts";

const MODULES: Record<string, () => [string, PyValue][]> = {
  errno: makeErrnoModule,
  math: makeMathModule,
};
const tables = new Map<string, Map<string, PyValue>>();

/** The folded value of `mod.attr`, or undefined when it is not a foldable constant. */
export function builtinModuleConst(mod: string, attr: string): FoldNum | undefined {
  const make = MODULES[mod];
  if (make === undefined) return undefined;
  let table = tables.get(mod);
  if (table === undefined) tables.set(mod, table = new Map(make()));
  const v = table.get(attr);
  if (typeof v === "number" && Number.isInteger(v)) return { kind: "int", value: BigInt(v) };
  if (typeof v === "bigint") return { kind: "int", value: v };
  if (v instanceof PyFloat) return { kind: "float", value: v.value };
  return undefined;
}
