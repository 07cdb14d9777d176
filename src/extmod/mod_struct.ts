// struct: pack and unpack binary records (py/modstruct.c).
import { codeInfo, codeSize, readValue, writeValue } from "../py/binary.ts";
import { builtin, type PyValue } from "../py/obj.ts";
import { PyByteArray, PyBytes } from "../py/obj_bytes.ts";
import { PyMemoryView } from "../py/obj_memoryview.ts";
import { raise, TypeError, ValueError } from "../py/obj_exception.ts";
import { PyTuple } from "../py/obj_tuple.ts";
import { wordInt } from "../py/obj_int.ts";
import { typeOf } from "../py/obj.ts";
import { memory } from "./uctypes_memory.ts";

interface Field {
  code: string; // 's' and 'x' are handled specially
  count: number; // repeat count, or byte length for 's'
  offset: number;
}

interface Layout {
  fields: Field[];
  size: number;
  little: boolean;
  /** Number of Python values the format consumes/produces. */
  nValues: number;
}

const layoutCache = new Map<string, Layout>();

function parseFormat(fmt: string): Layout {
  const cached = layoutCache.get(fmt);
  if (cached !== undefined) return cached;
  let i = 0;
  let little = true;
  let native = true;
  // '=' (native order, standard sizes) is a prefix MicroPython knows, but its size table has no
  // entry for it: only 's' and 'x', which need no size, pass after it.
  let sizeless = false;
  const c0 = fmt[0];
  if (c0 === "<" || c0 === ">" || c0 === "!" || c0 === "@" || c0 === "=") {
    little = c0 !== ">" && c0 !== "!";
    native = c0 === "@";
    sizeless = c0 === "=";
    i = 1;
  }
  const fields: Field[] = [];
  let offset = 0;
  let nValues = 0;
  while (i < fmt.length) {
    let ch = fmt[i];
    let count = 1;
    if (ch >= "0" && ch <= "9") {
      let n = 0;
      while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") {
        n = n * 10 + (fmt.charCodeAt(i++) - 48);
      }
      count = n;
      ch = fmt[i];
    }
    i++;
    if (ch === "s") {
      fields.push({ code: "s", count, offset });
      offset += count;
      nValues++;
      continue;
    }
    if (ch === "x") {
      offset += count;
      continue;
    }
    // 'S' (a pointer to a C string) is stored like 'P'; only unpacking differs
    const known = ch === "S" || codeInfo(ch) !== undefined;
    if (sizeless || !known) raise(ValueError, "bad typecode");
    const size = codeSize(ch === "S" ? "P" : ch);
    // alignment comes with each item, so a zero count does not align
    if (native && count > 0) offset = Math.ceil(offset / size) * size;
    for (let k = 0; k < count; k++) {
      fields.push({ code: ch, count: 1, offset });
      offset += size;
      nValues++;
    }
  }
  const layout = { fields, size: offset, little, nValues };
  layoutCache.set(fmt, layout);
  return layout;
}

function bufferOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.data;
  if (typeof v === "string") return new TextEncoder().encode(v);
  const t = typeOf(v);
  const b = t.buffer?.(v, false);
  if (b !== undefined) return b;
  return raise(TypeError, "object with buffer protocol required");
}

/** pack_into's target: bytes, str and read-only memoryviews refuse MP_BUFFER_WRITE. */
function writableBufferOf(v: PyValue): Uint8Array {
  const readOnly = typeof v === "string" || v instanceof PyBytes ||
    (v instanceof PyMemoryView && !v.writable());
  if (readOnly) raise(TypeError, "object with buffer protocol required");
  return bufferOf(v);
}

function fmtString(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.data);
  return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
}

function packInto(layout: Layout, buf: Uint8Array, base: number, values: PyValue[]): void {
  // MicroPython packs while values last: missing ones leave their bytes untouched (zero for
  // pack) and extra ones are ignored.
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let vi = 0;
  for (const f of layout.fields) {
    if (vi >= values.length) break;
    const v = values[vi++];
    if (f.code === "s") {
      const src = bufferOf(v);
      for (let k = 0; k < f.count; k++) buf[base + f.offset + k] = k < src.length ? src[k] : 0;
    } else writeValue(view, base + f.offset, f.code === "S" ? "P" : f.code, layout.little, v);
  }
}

function unpackFrom(layout: Layout, buf: Uint8Array, base: number): PyTuple {
  if (base < 0) base += buf.length;
  if (base < 0 || base + layout.size > buf.length) raise(ValueError, "buffer too small");
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: PyValue[] = [];
  for (const f of layout.fields) {
    if (f.code === "s") {
      out.push(new PyBytes(buf.slice(base + f.offset, base + f.offset + f.count)));
    } else if (f.code === "S") {
      const addr = readValue(view, base + f.offset, "P", layout.little) as number;
      out.push(new TextDecoder().decode(memory().cString(addr)));
    } else out.push(readValue(view, base + f.offset, f.code, layout.little));
  }
  return new PyTuple(out);
}

export function makeStructModule(): [string, PyValue][] {
  return [
    ["calcsize", builtin("calcsize", (a) => parseFormat(fmtString(a[0])).size, 1, 1)],
    [
      "pack",
      builtin(
        "pack",
        (a) => {
          const layout = parseFormat(fmtString(a[0]));
          const buf = new Uint8Array(layout.size);
          packInto(layout, buf, 0, a.slice(1));
          return new PyBytes(buf);
        },
        1,
        -1,
      ),
    ],
    [
      "pack_into",
      builtin(
        "pack_into",
        (a) => {
          const layout = parseFormat(fmtString(a[0]));
          const buf = writableBufferOf(a[1]);
          let off = wordInt(a[2]);
          if (off < 0) off += buf.length;
          if (off < 0 || off + layout.size > buf.length) raise(ValueError, "buffer too small");
          packInto(layout, buf, off, a.slice(3));
          return null;
        },
        3,
        -1,
      ),
    ],
    [
      "unpack",
      builtin(
        "unpack",
        (a) => {
          const layout = parseFormat(fmtString(a[0]));
          const buf = bufferOf(a[1]);
          if (buf.length < layout.size) raise(ValueError, "buffer too small");
          return unpackFrom(layout, buf, 0);
        },
        2,
        2,
      ),
    ],
    [
      "unpack_from",
      builtin(
        "unpack_from",
        (a) => {
          const layout = parseFormat(fmtString(a[0]));
          return unpackFrom(layout, bufferOf(a[1]), a.length > 2 ? wordInt(a[2]) : 0);
        },
        2,
        3,
      ),
    ],
  ];
}
