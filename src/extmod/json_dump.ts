// json.dumps' printer: MicroPython prints the object with PRINT_JSON (mp_obj_print_helper),
// so each type's print function decides: None/bool/str/bytes/list/tuple/dict have JSON forms,
// everything else prints its repr (sets, complex, bytearray, ...), and a dict key that is not
// str or bytes is printed in JSON and wrapped in quotes. Nothing is rejected.
import { type PyObject, type PyValue } from "../py/obj.ts";
import { bytesType, type PyBytes } from "../py/obj_bytes.ts";
import { dictType, PyDict } from "../py/obj_dict.ts";
import { PyBaseException, raise, RuntimeError } from "../py/obj_exception.ts";
import { floatType, type PyFloat } from "../py/obj_float.ts";
import { floatRepr } from "../py/float_format.ts";
import { listType, PyList } from "../py/obj_list.ts";
import { PyTuple, tupleType } from "../py/obj_tuple.ts";
import { lookupSpecial, nativeOf, PyInstance } from "../py/obj_type.ts";
import { repr } from "../py/runtime.ts";
import { decodeLoose } from "./json_text.ts";

/** How deep containers may nest before MicroPython's C stack check fires, in list levels (a
 * dict level costs two: its print frame is bigger). Measured on the WebAssembly build called
 * from module level; the real limit moves a little with the Python call depth. */
const MAX_DEPTH = 2018;

/** The JSON text of control chars, quote and backslash; the rest is printed as is. */
const ESCAPES: string[] = [];
for (let c = 0; c < 0x20; c++) ESCAPES[c] = "\\u" + c.toString(16).padStart(4, "0");
ESCAPES[0x0a] = "\\n";
ESCAPES[0x0d] = "\\r";
ESCAPES[0x09] = "\\t";
ESCAPES[0x22] = '\\"';
ESCAPES[0x5c] = "\\\\";

// deno-lint-ignore no-control-regex
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;

/** A str as a JSON string (py/objstr.c mp_str_print_json). */
export function quoteJson(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(last, i) + ESCAPES[c];
    last = i + 1;
  }
  return out + s.slice(last) + '"';
}

type Shape = "list" | "tuple" | "dict" | "native" | "repr";

/** What a value of a user class prints as: its __repr__, or its native base's JSON form. */
function userShape(v: PyObject): Shape {
  const t = v.type;
  if (lookupSpecial(t, "__repr__") !== undefined || v instanceof PyBaseException) return "repr";
  const nb = t.nativeBase;
  if (nb === undefined) return "repr";
  if (v instanceof PyInstance) return "native";
  return nativeShape(v, nb);
}

function nativeShape(v: PyObject, t: typeof listType): Shape {
  if (t === listType && v instanceof PyList) return "list";
  if (t === tupleType && v instanceof PyTuple) return "tuple";
  // dict and OrderedDict share dict_print (no "OrderedDict(" prefix in JSON)
  if ((t === dictType || t.bases[0] === dictType) && v instanceof PyDict) return "dict";
  return "repr";
}

/** Prints one object; `out` holds what is printed so far (also after an exception, so that
 * dump can write the part MicroPython would already have written). */
export class JsonWriter {
  out = "";
  private depth = 0;

  constructor(private readonly itemSep: string, private readonly keySep: string) {}

  write(v: PyValue): void {
    switch (typeof v) {
      case "string":
        this.out += quoteJson(v);
        return;
      case "number":
      case "bigint":
        this.out += v.toString();
        return;
      case "boolean":
        this.out += v ? "true" : "false";
        return;
    }
    if (v === null) {
      this.out += "null";
      return;
    }
    const t = v.type;
    if (t === listType) this.seq((v as PyList).items);
    else if (t === dictType) this.dict(v as PyDict);
    else if (t === floatType) this.out += floatRepr((v as PyFloat).value);
    else if (t === tupleType) this.seq((v as PyTuple).items);
    else if (t === bytesType) this.out += quoteJson(decodeLoose((v as PyBytes).data));
    else this.other(v);
  }

  private other(v: PyObject): void {
    const t = v.type;
    let shape: Shape;
    if (t.isUserClass) shape = userShape(v);
    else if (v instanceof PyBaseException) {
      // a native exception prints its args tuple, here as a JSON list
      this.seq(v.args.items);
      return;
    } else shape = nativeShape(v, t);
    switch (shape) {
      case "list":
        return this.seq((v as PyList).items);
      case "tuple":
        return this.seq((v as PyTuple).items);
      case "dict":
        return this.dict(v as PyDict);
      case "native":
        return this.write(nativeOf(v));
      default:
        this.out += repr(v);
    }
  }

  private enter(cost: number): void {
    this.depth += cost;
    if (this.depth > MAX_DEPTH) raise(RuntimeError, "maximum recursion depth exceeded");
  }

  private seq(items: PyValue[]): void {
    this.enter(1);
    this.out += "[";
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.out += this.itemSep;
      this.write(items[i]);
    }
    this.out += "]";
    this.depth -= 1;
  }

  private dict(d: PyDict): void {
    this.enter(2);
    this.out += "{";
    let first = true;
    for (const nk of d.normKeys()) {
      const value = d.map.get(nk);
      if (value === undefined) continue; // removed while printing (by a __repr__)
      if (!first) this.out += this.itemSep;
      first = false;
      const k = d.keyOf(nk);
      if (typeof k === "string") this.out += quoteJson(k);
      else if (k !== null && typeof k === "object" && k.type === bytesType) this.write(k);
      else {
        this.out += '"';
        this.write(k);
        this.out += '"';
      }
      this.out += this.keySep;
      this.write(value);
    }
    this.out += "}";
    this.depth -= 2;
  }
}
