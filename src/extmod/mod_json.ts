// json: dump, dumps, load, loads (extmod/modjson.c with MICROPY_PY_JSON_SEPARATORS).
import { builtin, type Kw, PyObject, type PyValue, typeOf } from "../py/obj.ts";
import { bufferData, bytesType, type PyBytes } from "../py/obj_bytes.ts";
import { raise, TypeError, ValueError } from "../py/obj_exception.ts";
import { listType, PyList } from "../py/obj_list.ts";
import { PyTuple, tupleType } from "../py/obj_tuple.ts";
import { nativeOf } from "../py/obj_type.ts";
import { requireStream, streamReadAll, streamWrite } from "../py/stream.ts";
import { JsonWriter } from "./json_dump.ts";
import { parseJsonBytes, parseJsonText } from "./json_load.ts";
import { decodeLoose } from "./json_text.ts";

/** A separator string: str or bytes, nothing else (mp_obj_str_get_str). */
function separatorText(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyObject && v.type === bytesType) return decodeLoose((v as PyBytes).data);
  return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
}

/** The keyword-only `separators` argument after `nPos` positional ones (mp_arg_parse_all,
 * then mp_obj_get_array_fixed_n). Returns [item separator, key separator]. */
function parseSeparators(args: PyValue[], kw: Kw, nPos: number): [string, string] {
  if (args.length > nPos) raise(TypeError, "extra positional arguments given");
  let sep: PyValue = null;
  if (kw !== undefined) {
    for (const [k, v] of kw) {
      if (k === "separators") sep = v;
      else raise(TypeError, "extra keyword arguments given");
    }
  }
  if (sep === null) return [", ", ": "];
  let items: PyValue[];
  if (sep instanceof PyTuple && sep.type === tupleType) items = sep.items;
  else if (sep instanceof PyList && sep.type === listType) items = sep.items;
  else return raise(TypeError, `object '${typeOf(sep).name}' isn't a tuple or list`);
  if (items.length !== 2) {
    raise(ValueError, `requested length 2 but object has length ${items.length}`);
  }
  return [separatorText(items[0]), separatorText(items[1])];
}

function dumps(args: PyValue[], kw: Kw): PyValue {
  const [item, key] = parseSeparators(args, kw, 1);
  const w = new JsonWriter(item, key);
  w.write(args[0]);
  return w.out;
}

function dump(args: PyValue[], kw: Kw): PyValue {
  const [item, key] = parseSeparators(args, kw, 2);
  const stream = args[1];
  requireStream(stream, "write");
  const w = new JsonWriter(item, key);
  try {
    w.write(args[0]);
  } catch (e) {
    // MicroPython writes as it prints: what came before the error is already in the stream
    if (w.out.length > 0) streamWrite(stream, w.out);
    throw e;
  }
  streamWrite(stream, w.out);
  return null;
}

/** loads(str | bytes | any buffer). */
function loads(args: PyValue[]): PyValue {
  const v = nativeOf(args[0]);
  if (typeof v === "string") return parseJsonText(v);
  const data = bufferData(v);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  return parseJsonBytes(data);
}

/** load(stream): reads to the end, as MicroPython does byte by byte. */
function load(args: PyValue[]): PyValue {
  const stream = args[0];
  requireStream(stream, "read");
  const text = streamReadAll(stream);
  if (typeof text === "string") return parseJsonText(text);
  const data = bufferData(text);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  return parseJsonBytes(data);
}

export function makeJsonModule(): [string, PyValue][] {
  return [
    ["dump", builtin("dump", dump, 2, -1, true)],
    ["dumps", builtin("dumps", dumps, 1, -1, true)],
    ["load", builtin("load", load, 1, 1)],
    ["loads", builtin("loads", loads, 1, 1)],
  ];
}
