// uctypes descriptors (extmod/moductypes.c): a dict of fields, or a tuple for an aggregate
// (struct, pointer, array). Scalars are small ints packing a 4-bit value type above a 27-bit
// offset; aggregates pack a 2-bit kind above a 29-bit offset.
import type { PyValue } from "../py/obj.ts";
import { PyDict } from "../py/obj_dict.ts";
import { PyTuple } from "../py/obj_tuple.ts";
import { raise, TypeError } from "../py/obj_exception.ts";

export const LAYOUT_LITTLE = 0;
export const LAYOUT_BIG = 1;
export const LAYOUT_NATIVE = 2;

// Value types, in their 4-bit encoding.
export const UINT8 = 0;
export const INT64 = 7;
export const BFUINT8 = 8;
export const BFINT32 = 13;
export const FLOAT32 = 14;
export const FLOAT64 = 15;

// Aggregate kinds.
export const STRUCT = 0;
export const PTR = 1;
export const ARRAY = 2;

/** The reference build's pointer size (32-bit words). */
export const PTR_SIZE = 4;

/** TYPE2SMALLINT: a type code placed in the top bits of a 31-bit small int. */
export const typeConst = (t: number, bits: number) => ((t << (32 - bits)) >> 1);

/** struct-module codes for the value types (bitfields read their base type separately). */
export const TYPE_CODE = "BbHhIiQq------fd";

export const syntaxError = (): never => raise(TypeError, "syntax error in uctypes descriptor");

/** mp_obj_is_small_int on the 32-bit build. */
export function isSmallInt(v: PyValue): v is number {
  return typeof v === "number" && v >= -0x40000000 && v < 0x40000000;
}

/** mp_obj_is_dict_or_ordereddict. */
export function isFieldDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && !v.type.isUserClass;
}

export const valueType = (v: number) => (v >> 27) & 15;
export const scalarOffset = (v: number) => v & 0x07ffffff;
/** An aggregate's kind, or -1 when its first item is not a small int. */
export const aggKind = (t: PyTuple) => isSmallInt(t.items[0]) ? (t.items[0] >> 29) & 3 : -1;
export const aggOffset = (t: PyTuple) => (t.items[0] as number) & 0x1fffffff;

export function scalarSize(valType: number): number {
  return valType === FLOAT32 ? 4 : 1 << ((valType & 7) >> 1);
}

export interface SizeAcc {
  maxField: number;
}

function aggSize(t: PyTuple, layout: number, acc: SizeAcc): number {
  const n = t.items.length;
  if (n === 0) syntaxError();
  switch (aggKind(t)) {
    case STRUCT:
      if (n !== 2) syntaxError();
      return descSize(t.items[1], layout, acc);
    case PTR:
      if (n !== 2) syntaxError();
      acc.maxField = Math.max(acc.maxField, PTR_SIZE);
      return PTR_SIZE;
    case ARRAY: {
      const spec = t.items[1];
      if (!isSmallInt(spec)) return syntaxError();
      const count = scalarOffset(spec);
      let item: number;
      if (n === 2) {
        item = scalarSize(valueType(spec));
        acc.maxField = Math.max(acc.maxField, item);
      } else if (n === 3) item = descSize(t.items[2], layout, acc);
      else return syntaxError();
      return item * count;
    }
  }
  return syntaxError();
}

/** uctypes_struct_size: the size of a descriptor, padded to its widest field when native. */
export function descSize(desc: PyValue, layout: number, acc: SizeAcc = { maxField: 0 }): number {
  if (!isFieldDict(desc)) {
    if (desc instanceof PyTuple) return aggSize(desc, layout, acc);
    if (isSmallInt(desc)) raise(TypeError, "can't unambiguously get sizeof scalar");
    return syntaxError();
  }
  let total = 0;
  for (const v of desc.map.values()) {
    if (isSmallInt(v)) {
      const vt = valueType(v);
      let offset = scalarOffset(v);
      if (vt >= BFUINT8 && vt <= BFINT32) offset &= 0x1ffff;
      const s = scalarSize(vt);
      acc.maxField = Math.max(acc.maxField, s);
      total = Math.max(total, offset + s);
    } else {
      if (!(v instanceof PyTuple)) syntaxError();
      const t = v as PyTuple;
      const s = aggSize(t, layout, acc);
      total = Math.max(total, (isSmallInt(t.items[0]) ? aggOffset(t) : 0) + s);
    }
  }
  if (layout === LAYOUT_NATIVE && acc.maxField > 0) {
    total = Math.ceil(total / acc.maxField) * acc.maxField;
  }
  return total;
}
