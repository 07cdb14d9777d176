// tuple: an immutable sequence (py/objtuple.c). Methods and slots are installed by
// obj_tuple_methods.ts; the class lives here so every module can build tuples.
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";

export const tupleType: PyType = defineType({ name: "tuple" });

export class PyTuple extends PyObject {
  constructor(public items: PyValue[], type: PyType = tupleType) {
    super(type);
  }
}

export const EMPTY_TUPLE: PyTuple = new PyTuple([]);

export function tuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
