// uctypes (extmod/moductypes.c): C-like structs over memory, in upy's simulated address space
// (uctypes_memory.ts). Values follow the 32-bit reference build: 4-byte pointers, NATIVE is
// little-endian with no alignment faults.
import { builtin, defineType, type Kw, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { argErrors } from "../py/obj.ts";
import { bufferData, bytearrayType, PyByteArray, PyBytes } from "../py/obj_bytes.ts";
import { PyFloat } from "../py/obj_float.ts";
import { IndexError, KeyError, raise, TypeError } from "../py/obj_exception.ts";
import { PyTuple } from "../py/obj_tuple.ts";
import { getInt } from "../py/obj_int.ts";
import { readValue } from "../py/binary.ts";
import { UnaryOp } from "../py/bytecode.ts";
import { floatArg, uint32Arg, wordArg } from "./int_args.ts";
import { memory } from "./uctypes_memory.ts";
import {
  aggKind,
  aggOffset,
  ARRAY,
  BFINT32,
  BFUINT8,
  descSize,
  FLOAT32,
  FLOAT64,
  INT64,
  isFieldDict,
  isSmallInt,
  LAYOUT_BIG,
  LAYOUT_LITTLE,
  LAYOUT_NATIVE,
  PTR,
  PTR_SIZE,
  scalarOffset,
  scalarSize,
  STRUCT,
  syntaxError,
  TYPE_CODE,
  typeConst,
  UINT8,
  valueType,
} from "./uctypes_desc.ts";

class PyStruct extends PyObject {
  constructor(public addr: number, public desc: PyValue, public layout: number) {
    super(structType);
  }
  /** Little-endian unless the layout asks for big-endian (any value but 0 and NATIVE). */
  get little(): boolean {
    return this.layout === LAYOUT_NATIVE || this.layout === LAYOUT_LITTLE;
  }
}

const at = (addr: number, off: number) => (addr + off) >>> 0;

function bytesView(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function readScalar(addr: number, vt: number, little: boolean): PyValue {
  const code = vt <= INT64 || vt >= FLOAT32 ? TYPE_CODE[vt] : TYPE_CODE[vt & 6];
  const size = scalarSize(vt);
  return readValue(bytesView(memory().read(addr, size)), 0, code, little);
}

function writeScalar(addr: number, vt: number, little: boolean, v: PyValue): void {
  if (vt === FLOAT32 || vt === FLOAT64) {
    const d = floatArg(v);
    const mem = new Uint8Array(vt === FLOAT32 ? 4 : 8);
    const view = bytesView(mem);
    if (vt === FLOAT32) view.setFloat32(0, d, little);
    else view.setFloat64(0, d, little);
    return memory().write(addr, mem);
  }
  if (v instanceof PyFloat) raise(TypeError, "can't convert float to int");
  const size = scalarSize(vt);
  let bits = BigInt.asUintN(size * 8, BigInt(getInt(v)));
  const mem = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    mem[little ? i : size - 1 - i] = Number(bits & 0xffn);
    bits >>= 8n;
  }
  memory().write(addr, mem);
}

/** The whole word a bitfield lives in, as an unsigned 32-bit value. */
function readWord(addr: number, vt: number, layout: number): number {
  const size = scalarSize(vt);
  const view = bytesView(memory().read(addr, size));
  const little = layout === LAYOUT_NATIVE || layout === LAYOUT_LITTLE;
  // Only non-native layouts read BFINT words signed (mp_binary_get_int).
  const signed = layout !== LAYOUT_NATIVE && (vt & 1) === 1;
  const v = size === 1
    ? (signed ? view.getInt8(0) : view.getUint8(0))
    : size === 2
    ? (signed ? view.getInt16(0, little) : view.getUint16(0, little))
    : view.getUint32(0, little);
  return v >>> 0;
}

function writeWord(addr: number, vt: number, layout: number, v: number): void {
  const size = scalarSize(vt);
  const mem = new Uint8Array(size);
  const little = layout === LAYOUT_NATIVE || layout === LAYOUT_LITTLE;
  for (let i = 0; i < size; i++) mem[little ? i : size - 1 - i] = (v >>> (8 * i)) & 0xff;
  memory().write(addr, mem);
}

function fieldOp(self: PyStruct, name: string, value: PyValue | undefined): PyValue | undefined {
  const desc = self.desc;
  if (!isFieldDict(desc)) return raise(TypeError, "struct: no fields");
  const f = desc.get(name);
  if (f === undefined) return raise(KeyError, name);
  if (isSmallInt(f)) {
    const vt = valueType(f);
    const off = scalarOffset(f);
    if (vt <= INT64 || vt >= FLOAT32) {
      const addr = at(self.addr, off);
      if (value === undefined) return readScalar(addr, vt, self.little);
      writeScalar(addr, vt, self.little, value);
      return value;
    }
    const bitPos = (off >> 17) & 31;
    const bitLen = (off >> 22) & 31;
    const addr = at(self.addr, off & 0x1ffff);
    const word = readWord(addr, vt, self.layout);
    const mask = 2 ** bitLen - 1;
    if (value === undefined) return ((word >>> bitPos) & mask) >>> 0;
    const bits = (wordArg(value) & mask) * 2 ** bitPos;
    const cleared = word & ~(mask * 2 ** bitPos);
    writeWord(addr, vt, self.layout, (cleared | bits) >>> 0);
    return value;
  }
  if (!(f instanceof PyTuple) || value !== undefined) return syntaxError();
  const kind = aggKind(f);
  const addr = at(self.addr, aggOffset(f));
  switch (kind) {
    case STRUCT:
      if (f.items.length !== 2) syntaxError();
      return new PyStruct(addr, f.items[1], self.layout);
    case ARRAY: {
      const spec = f.items[1];
      if (f.items.length === 2 && isSmallInt(spec) && valueType(spec) === UINT8) {
        return new PyByteArray(memory().view(addr, scalarOffset(spec)));
      }
      return new PyStruct(addr, f, self.layout);
    }
    case PTR:
      return new PyStruct(addr, f, self.layout);
  }
  return undefined;
}

const readPointer = (addr: number) => bytesView(memory().read(addr, PTR_SIZE)).getUint32(0, true);

/** subscr: a load (value undefined) or a store; undefined when the operation isn't supported. */
function indexOp(self: PyStruct, index: PyValue, value: PyValue | undefined): PyValue | undefined {
  const t = self.desc;
  if (!(t instanceof PyTuple)) return raise(TypeError, "struct: can't index");
  const kind = aggKind(t);
  if (kind === ARRAY) {
    const spec = t.items[1];
    if (!isSmallInt(spec)) return syntaxError();
    // Only an upper bound is checked, as in MicroPython: negative indexes reach back.
    if (typeof index !== "number" || index >= scalarOffset(spec)) {
      return raise(IndexError, "struct: index out of range");
    }
    if (t.items.length === 2) {
      const vt = valueType(spec);
      const addr = at(self.addr, scalarSize(vt) * index);
      if (value === undefined) return readScalar(addr, vt, self.little);
      writeScalar(addr, vt, self.little, value);
      return value;
    }
    if (value !== undefined) return undefined;
    const size = descSize(t.items[2], self.layout);
    return new PyStruct(at(self.addr, size * index), t.items[2], self.layout);
  }
  if (kind === PTR) {
    // Through a pointer MicroPython reads natively and ignores stores.
    const p = readPointer(self.addr);
    const target = t.items[1];
    const i = typeof index === "number" ? index : raise(IndexError, "struct: index out of range");
    if (isSmallInt(target)) {
      const vt = valueType(target);
      return readScalar(at(p, scalarSize(vt) * i), vt, true);
    }
    const size = descSize(target, self.layout);
    return new PyStruct(at(p, size * i), target, self.layout);
  }
  return undefined;
}

function typeName(desc: PyValue): string {
  if (isFieldDict(desc)) return "STRUCT";
  if (!(desc instanceof PyTuple)) return "ERROR";
  const kind = aggKind(desc);
  return kind === PTR ? "PTR" : kind === ARRAY ? "ARRAY" : "unk";
}

const asStruct = (v: PyValue) => v as PyStruct;

export const structType: PyType = defineType({
  name: "struct",
  makeNew: (_t: PyType, args: PyValue[], kw: Kw) => {
    if (kw !== undefined && kw.size > 0) argErrors.raise("function doesn't take keyword arguments");
    if (args.length < 2) {
      argErrors.raise(`function missing ${2 - args.length} required positional arguments`);
    }
    if (args.length > 3) {
      argErrors.raise(`function expected at most 3 arguments, got ${args.length}`);
    }
    const addr = uint32Arg(args[0]);
    const layout = args.length === 3 ? wordArg(args[2]) : LAYOUT_NATIVE;
    return new PyStruct(addr, args[1], layout);
  },
  repr: (self) => `<struct ${typeName(asStruct(self).desc)} ${asStruct(self).addr.toString(16)}>`,
  getAttr: (self, name) => fieldOp(asStruct(self), name, undefined),
  setAttr: (self, name, value) => {
    fieldOp(asStruct(self), name, value);
    return true;
  },
  getItem: (self, index) =>
    indexOp(asStruct(self), index, undefined) ??
      raise(TypeError, "'struct' object isn't subscriptable"),
  setItem: (self, index, value) => {
    if (indexOp(asStruct(self), index, value) === undefined) {
      raise(TypeError, "'struct' object doesn't support item assignment");
    }
  },
  unaryOp: (op, self) => {
    const s = asStruct(self);
    if (op === UnaryOp.INT_MAYBE && s.desc instanceof PyTuple && aggKind(s.desc) === PTR) {
      return readPointer(s.addr);
    }
    return undefined;
  },
  hash: () => raise(TypeError, "unsupported type for __hash__: 'struct'"),
  buffer: (self) => {
    const s = asStruct(self);
    return memory().view(s.addr, descSize(s.desc, s.layout));
  },
});

/** The bytes addressof() maps: any buffer, or a str's UTF-8 text. */
function addressable(v: PyValue): Uint8Array {
  if (typeof v === "string") {
    const cache = memory().strBytes;
    let b = cache.get(v);
    if (b === undefined) cache.set(v, b = new TextEncoder().encode(v));
    return b;
  }
  return bufferData(v) ?? raise(TypeError, "object with buffer protocol required");
}

function sizeofFn(a: PyValue[]): PyValue {
  const obj = a[0];
  if (obj instanceof PyByteArray && obj.type === bytearrayType) return obj.data.length;
  if (obj instanceof PyStruct) {
    if (a.length !== 1) raise(TypeError);
    return descSize(obj.desc, obj.layout);
  }
  return descSize(obj, a.length === 2 ? wordArg(a[1]) : LAYOUT_NATIVE);
}

const VALUE_TYPES: [string, number][] = [
  ["VOID", UINT8],
  ["UINT8", 0],
  ["INT8", 1],
  ["UINT16", 2],
  ["INT16", 3],
  ["UINT32", 4],
  ["INT32", 5],
  ["UINT64", 6],
  ["INT64", 7],
  ["BFUINT8", BFUINT8],
  ["BFINT8", 9],
  ["BFUINT16", 10],
  ["BFINT16", 11],
  ["BFUINT32", 12],
  ["BFINT32", BFINT32],
  ["FLOAT32", FLOAT32],
  ["FLOAT64", FLOAT64],
  // C type aliases of the 32-bit build.
  ["SHORT", 3],
  ["USHORT", 2],
  ["INT", 5],
  ["UINT", 4],
  ["LONG", 5],
  ["ULONG", 4],
  ["LONGLONG", 7],
  ["ULONGLONG", 6],
];

export function makeUctypesModule(): [string, PyValue][] {
  return [
    ["struct", structType],
    ["sizeof", builtin("sizeof", sizeofFn, 1, 2)],
    ["addressof", builtin("addressof", (a) => memory().addressOf(addressable(a[0])), 1, 1)],
    [
      "bytes_at",
      builtin(
        "bytes_at",
        (a) => {
          // a copy, so it may take the slack of the heap block too
          return new PyBytes(memory().read(uint32Arg(a[0]), uint32Arg(a[1])).slice());
        },
        2,
        2,
      ),
    ],
    [
      "bytearray_at",
      builtin(
        "bytearray_at",
        (a) => {
          return new PyByteArray(memory().mapAt(uint32Arg(a[0]), uint32Arg(a[1])));
        },
        2,
        2,
      ),
    ],
    ["NATIVE", LAYOUT_NATIVE],
    ["LITTLE_ENDIAN", LAYOUT_LITTLE],
    ["BIG_ENDIAN", LAYOUT_BIG],
    ...VALUE_TYPES.map(([n, t]): [string, PyValue] => [n, typeConst(t, 4)]),
    ["BF_POS", 17],
    ["BF_LEN", 22],
    ["PTR", typeConst(PTR, 2)],
    ["ARRAY", typeConst(ARRAY, 2)],
  ];
}
