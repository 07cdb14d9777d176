// Attribute tuples (py/objattrtuple.c): a tuple whose items are also read as named attributes,
// such as sys.implementation. Its type prints as "tuple" but is not tuple (isinstance fails, no
// count/index), and dir() lists the field names.
import { defineType, type PyType, type PyValue } from "./obj.ts";
import { PyTuple, tupleType } from "./obj_tuple.ts";
import { repr } from "./runtime.ts";

/** A new attribute tuple of `fields` (names) and their `values`. */
export function attrTuple(fields: readonly string[], values: PyValue[]): PyTuple {
  const type: PyType = defineType({
    name: "tuple",
    repr: (self) => {
      const items = (self as PyTuple).items;
      return "(" + fields.map((f, i) => `${f}=${repr(items[i])}`).join(", ") + ")";
    },
    getAttr: (self, attr) => {
      const i = fields.indexOf(attr);
      return i >= 0 ? (self as PyTuple).items[i] : undefined;
    },
    // The sequence behaviour is tuple's own.
    len: tupleType.len,
    hash: tupleType.hash,
    unaryOp: tupleType.unaryOp,
    binaryOp: tupleType.binaryOp,
    getItem: tupleType.getItem,
    getIter: tupleType.getIter,
  });
  // Native names, so that dir() and tab completion find them (MicroPython probes every qstr).
  fields.forEach((f, i) => type.locals.set(f, values[i]));
  return new PyTuple(values, type);
}
