// Container types and identity builtins as rows for the builtins namespace. Importing this
// module also installs the containers' behaviour (dict methods, sets, ranges).
import { builtin, type PyValue } from "./obj.ts";
import { dictType } from "./obj_dict.ts";
import "./obj_dict_methods.ts";
import { listType } from "./obj_list.ts";
import { rangeType } from "./obj_range.ts";
import { frozensetType, setType } from "./obj_set.ts";
import { sliceType } from "./obj_slice.ts";
import { tupleType } from "./obj_tuple.ts";
import { hash, identityHash } from "./runtime.ts";

/** id(): small ints and other unboxed values have no address; give them a stable number. */
function id(v: PyValue): number {
  if (v !== null && typeof v === "object") return identityHash(v);
  return hash(v);
}

export const containerBuiltins: [string, PyValue][] = [
  ["list", listType],
  ["tuple", tupleType],
  ["dict", dictType],
  ["set", setType],
  ["frozenset", frozensetType],
  ["range", rangeType],
  ["slice", sliceType],
  ["hash", builtin("hash", (a) => hash(a[0]), 1, 1)],
  ["id", builtin("id", (a) => id(a[0]), 1, 1)],
];
