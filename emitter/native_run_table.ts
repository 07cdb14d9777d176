// mp_fun_table for the desktop native runtime (docs/spec/native-abi.md §4): one row per entry,
// [index, name, what the word holds]. Function entries are host callbacks taking the AAPCS
// argument registers; data entries hold an object word. Entries without a row raise
// NotImplementedError when the code calls them.
import { builtinFunctionType, type PyValue, strType, typeType } from "../src/py/obj.ts";
import { dictType, PyDict } from "../src/py/obj_dict.ts";
import { Exception, NameError, raise, RuntimeError } from "../src/py/obj_exception.ts";
import { MemoryError, NotImplementedError } from "../src/py/obj_exception.ts";
import { makeRaiseObj, PyFunction } from "../src/py/obj_fun.ts";
import { listType, PyList } from "../src/py/obj_list.ts";
import { newSet, PySet } from "../src/py/obj_set.ts";
import { PySlice } from "../src/py/obj_slice.ts";
import { PyTuple, tuple } from "../src/py/obj_tuple.ts";
import type { RawCode } from "../src/py/raw_code.ts";
import {
  binaryOp,
  delItem,
  getAttr,
  getItem,
  getIter,
  iterNext,
  loadMethod,
  setAttr,
  setItem,
  truthy,
  unaryOp,
} from "../src/py/runtime.ts";
import { importFrom, importName, importStar } from "../src/py/import.ts";
import { state } from "../src/py/interp_state.ts";
import { vmEnv } from "../src/py/vm_env.ts";
import { unpackEx, unpackSequence } from "../src/py/vm_ops.ts";
import type { Slot } from "../src/py/vm_frame.ts";
import { MP_OBJ_NULL, MP_OBJ_SENTINEL, writeWords } from "./native_run_mem.ts";
import { makeFunction, PyNativeFunction, setupCodeState } from "./native_run_fun.ts";
import {
  argCheck,
  callVarWords,
  callWords,
  floorDivide,
  modulo,
  nativeFromObj,
  nativeToObj,
  readObjects,
  readValues,
  yieldFrom,
} from "./native_run_ops.ts";
import type { NativeRuntime } from "./native_run.ts";

export const FUN_TABLE_SIZE = 87;

/** A host callback: the argument registers in, r0 out (undefined for void functions). */
export type Handler = (
  rt: NativeRuntime,
  a0: number,
  a1: number,
  a2: number,
  a3: number,
) => number | void;

/** A function entry, an object word ({ obj }), or NULL (undefined). */
export type Entry = Handler | { obj: PyValue } | undefined;

const name = (rt: NativeRuntime, q: number) => rt.qstrName(q);
const obj = (rt: NativeRuntime, w: number) => rt.value(w);

function globals(rt: NativeRuntime): PyDict {
  return rt.globals ?? raise(RuntimeError, "native code: no globals");
}

function lookupGlobal(rt: NativeRuntime, q: number): number {
  const n = name(rt, q);
  let v = globals(rt).get(n);
  if (v === undefined) v = state.builtins.get(n); // not `??`: a global may hold None (null)
  return v === undefined ? raise(NameError, `name '${n}' isn't defined`) : rt.word(v);
}

/** What the VM's BUILD_* opcodes do under micropython.heap_lock(). */
function heapCheck(): void {
  if (state.heapLockDepth !== 0) raise(MemoryError);
}

/** mp_locals_get(): a native class body's dict, else the globals. */
function locals(rt: NativeRuntime): PyDict {
  return state.nativeLocals ?? globals(rt);
}

function lookupName(rt: NativeRuntime, q: number): number {
  const l = state.nativeLocals;
  if (l === undefined) return lookupGlobal(rt, q);
  const v = l.get(name(rt, q));
  return v === undefined ? lookupGlobal(rt, q) : rt.word(v);
}

function deleteName(rt: NativeRuntime, q: number): void {
  const n = name(rt, q);
  if (locals(rt).delete(n) === undefined) raise(NameError, `name '${n}' isn't defined`);
}

function deleteGlobal(rt: NativeRuntime, q: number): void {
  const n = name(rt, q);
  if (globals(rt).delete(n) === undefined) raise(NameError, `name '${n}' isn't defined`);
}

/** Write method lookup results (meth, self-or-NULL) to dest[0..1]. */
function writeMethod(rt: NativeRuntime, dest: number, d: (PyValue | undefined)[]): void {
  writeWords(rt.m, dest, d.slice(0, 2).map((v) => v === undefined ? MP_OBJ_NULL : rt.word(v)));
}

/** UNPACK_SEQUENCE / UNPACK_EX results, in the VM's stack order, to `dest`. */
function writeSlots(rt: NativeRuntime, dest: number, slots: Slot[]): void {
  writeWords(rt.m, dest, slots.map((v) => rt.word(v as PyValue)));
}

function subscr(rt: NativeRuntime, base: number, index: number, value: number): number {
  const o = obj(rt, base), i = obj(rt, index);
  if (value === MP_OBJ_SENTINEL) return rt.word(getItem(o, i));
  if (value === MP_OBJ_NULL) delItem(o, i);
  else setItem(o, i, obj(rt, value));
  return rt.word(null);
}

function makeFun(rt: NativeRuntime, rc: number, context: number, defArgs: number): number {
  const raw = rt.datum(rc) as RawCode;
  const [d, k] = defArgs === 0 ? [] : readValues(rt, defArgs, 2);
  return rt.word(makeFunction(rt, raw, rt.moduleAt(context), {
    defaults: d instanceof PyTuple ? d.items : undefined,
    kwDefaults: k instanceof PyDict ? k : undefined,
  }));
}

function newClosure(rt: NativeRuntime, fun: number, n: number, cells: number): number {
  const f = obj(rt, fun);
  const closure = readValues(rt, cells, n) as PyValue[];
  if (f instanceof PyNativeFunction) return rt.word(f.withClosure(closure));
  if (f instanceof PyFunction) {
    return rt.word(new PyFunction(f.code, f.globals, f.defaults, f.kwDefaults, closure));
  }
  return raise(RuntimeError, "native code: new_closure of a non-function");
}

function setupCode(rt: NativeRuntime, cs: number, nArgs: number, nKw: number, args: number) {
  const f = rt.entering;
  rt.entering = undefined;
  if (f === undefined || rt.m.read32(cs) !== f.loaded.funObj) {
    raise(RuntimeError, "native code: setup_code_state_native outside its function's entry");
  }
  const words = readValues(rt, args, nArgs + 2 * nKw) as PyValue[];
  const kw = nKw === 0 ? undefined : new Map<string, PyValue>();
  for (let i = 0; i < nKw; i++) kw!.set(words[nArgs + 2 * i] as string, words[nArgs + 2 * i + 1]);
  setupCodeState(rt, f, cs, words.slice(0, nArgs), kw);
}

/** mp_native_getiter: with a buffer, mark it "not built in place" and keep the iterator in
 * its second word (iternext reads it back); without one, return the iterator. */
function getiter(rt: NativeRuntime, o: number, buf: number): number {
  const it = rt.word(getIter(obj(rt, o)));
  if (buf === 0) return it;
  writeWords(rt.m, buf, [MP_OBJ_NULL, it]);
  return MP_OBJ_NULL;
}

function iternext(rt: NativeRuntime, buf: number): number {
  if (rt.m.read32(buf) !== MP_OBJ_NULL) raise(RuntimeError, "native code: bad iterator buffer");
  const v = iterNext(obj(rt, rt.m.read32(buf + 4)));
  return v === undefined ? MP_OBJ_NULL : rt.word(v);
}

function swapGlobals(rt: NativeRuntime, w: number): number {
  if (w === MP_OBJ_NULL) return MP_OBJ_NULL;
  const g = obj(rt, w);
  if (!(g instanceof PyDict)) return raise(RuntimeError, "native code: globals is not a dict");
  const old = rt.globals;
  if (g === old || old === undefined) return MP_OBJ_NULL;
  rt.globals = g;
  return rt.word(old);
}

const ROWS: [number, string, Entry][] = [
  [0, "const_none", { obj: null }],
  [1, "const_false", { obj: false }],
  [2, "const_true", { obj: true }],
  [3, "native_from_obj", (rt, w, type) => nativeFromObj(rt, w, type)],
  [4, "native_to_obj", (rt, v, type) => nativeToObj(rt, v, type)],
  [5, "swap_globals", swapGlobals],
  [6, "load_name", lookupName],
  [7, "load_global", lookupGlobal],
  [8, "load_build_class", (rt) => rt.word(vmEnv.buildClass)],
  [9, "load_attr", (rt, o, q) => rt.word(getAttr(obj(rt, o), name(rt, q)))],
  [10, "load_method", (rt, o, q, dest) => {
    const d: (PyValue | undefined)[] = [undefined, undefined];
    loadMethod(obj(rt, o), name(rt, q), d);
    writeMethod(rt, dest, d);
  }],
  [11, "load_super_method", (rt, q, dest) => {
    const [, cls, self] = readValues(rt, dest, 3) as PyValue[];
    const d: (PyValue | undefined)[] = [undefined, undefined];
    vmEnv.loadSuperMethod(cls, self, name(rt, q), d);
    writeMethod(rt, dest, d);
  }],
  [12, "store_name", (rt, q, v) => locals(rt).set(name(rt, q), obj(rt, v))],
  [13, "store_global", (rt, q, v) => globals(rt).set(name(rt, q), obj(rt, v))],
  [14, "store_attr", (rt, o, q, v) => setAttr(obj(rt, o), name(rt, q), rt.valueOrNull(v))],
  [15, "obj_subscr", subscr],
  [16, "obj_is_true", (rt, o) => truthy(obj(rt, o)) ? 1 : 0],
  [17, "unary_op", (rt, op, o) => rt.word(unaryOp(op, obj(rt, o)))],
  [18, "binary_op", (rt, op, a, b) => rt.word(binaryOp(op, obj(rt, a), obj(rt, b)))],
  [19, "new_tuple", (rt, n, items) => {
    if (n !== 0) heapCheck();
    return rt.word(tuple(readObjects(rt, items, n)));
  }],
  [20, "new_list", (rt, n, items) => {
    heapCheck();
    return rt.word(new PyList(readObjects(rt, items, n)));
  }],
  [21, "new_dict", (rt, n) => (heapCheck(), rt.word(new PyDict(dictType, n)))],
  [22, "new_set", (rt, n, items) => {
    heapCheck();
    return rt.word(newSet(readObjects(rt, items, n)));
  }],
  [23, "set_store", (rt, s, v) => (obj(rt, s) as PySet).add(obj(rt, v))],
  [24, "list_append", (rt, l, v) => {
    (obj(rt, l) as PyList).items.push(obj(rt, v));
    return rt.word(null);
  }],
  [25, "dict_store", (rt, d, k, v) => {
    (obj(rt, d) as PyDict).set(obj(rt, k), obj(rt, v));
    return d;
  }],
  [26, "make_function_from_proto_fun", makeFun],
  [
    27,
    "call_function_n_kw",
    (rt, f, nn, args) => callWords(rt, obj(rt, f), undefined, nn & 0xff, (nn >> 8) & 0xff, args),
  ],
  [28, "call_method_n_kw", (rt, nPos, nKw, args) => {
    const [f, self] = readValues(rt, args, 2);
    return callWords(rt, f as PyValue, self, nPos, nKw, args + 8);
  }],
  [29, "call_method_n_kw_var", callVarWords],
  [30, "getiter", getiter],
  [31, "iternext", iternext],
  [32, "nlr_push", (rt, buf) => rt.nlrPush(buf)],
  [33, "nlr_pop", (rt) => rt.nlrPop()],
  [34, "raise", (rt, o) => {
    const v = rt.valueOrNull(o);
    if (v !== undefined && v !== null) throw makeRaiseObj(v);
  }],
  [
    35,
    "import_name",
    (rt, q, fromlist, level) =>
      rt.word(importName(name(rt, q), obj(rt, fromlist), obj(rt, level) as number, rt.globals)),
  ],
  [36, "import_from", (rt, mod, q) => rt.word(importFrom(obj(rt, mod), name(rt, q)))],
  [37, "import_all", (rt, mod) => importStar(obj(rt, mod), locals(rt))],
  [38, "new_slice", (rt, a, b, c) => rt.word(new PySlice(obj(rt, a), obj(rt, b), obj(rt, c)))],
  [39, "unpack_sequence", (rt, seq, n, dest) => {
    const slots: Slot[] = new Array(n);
    unpackSequence(obj(rt, seq), n, slots, 0);
    writeSlots(rt, dest, slots);
  }],
  [40, "unpack_ex", (rt, seq, u, dest) => {
    const slots: Slot[] = new Array((u & 0xff) + ((u >> 8) & 0xff) + 1);
    unpackEx(obj(rt, seq), u, slots, 0);
    writeSlots(rt, dest, slots);
  }],
  [41, "delete_name", deleteName],
  [42, "delete_global", deleteGlobal],
  [43, "new_closure", newClosure],
  [44, "arg_check_num_sig", (_rt, n, nKw, sig) => argCheck(n, nKw, sig)],
  [45, "setup_code_state_native", setupCode],
  [46, "small_int_floor_divide", (_rt, a, b) => floorDivide(a, b)],
  [47, "small_int_modulo", (_rt, a, b) => modulo(a, b)],
  [48, "yield_from", yieldFrom],
  [49, "setjmp", undefined], // nlr is not setjmp-based here
  [72, "plat_print", undefined],
  [73, "type_type", { obj: typeType }],
  [74, "type_str", { obj: strType }],
  [75, "type_list", { obj: listType }],
  [76, "type_dict", { obj: dictType }],
  [77, "type_fun_builtin_0", { obj: builtinFunctionType }],
  [78, "type_fun_builtin_1", { obj: builtinFunctionType }],
  [79, "type_fun_builtin_2", { obj: builtinFunctionType }],
  [80, "type_fun_builtin_3", { obj: builtinFunctionType }],
  [81, "type_fun_builtin_var", { obj: builtinFunctionType }],
  [82, "type_Exception", { obj: Exception }],
];

/** Names of the entries used only by dynamic native modules (mpy_ld), for error messages. */
const DYNAMIC_ONLY = [
  "memset",
  "memmove",
  "realloc",
  "printf",
  "vprintf",
  "raise_msg",
  "obj_get_type",
  "obj_new_str",
  "obj_new_bytes",
  "obj_new_bytearray_by_ref",
  "obj_new_float_from_f",
  "obj_new_float_from_d",
  "obj_get_float_to_f",
  "obj_get_float_to_d",
  "load_method_maybe",
  "get_buffer",
  "get_stream_raise",
  "arg_parse_all",
  "arg_parse_all_kw_array",
  "binary_get_size",
  "binary_get_val_array",
  "binary_set_val_array",
];
const FIRST_DYNAMIC = 50;

function unsupported(index: number, entry: string): Handler {
  return () => raise(NotImplementedError, `native code: mp_fun_table[${index}] (${entry})`);
}

/** Every entry 0..86: the rows above, and a NotImplementedError callback for the rest. */
export function funTableRows(): [number, string, Entry][] {
  const rows = new Map(ROWS.map((r) => [r[0], r]));
  const out: [number, string, Entry][] = [];
  for (let i = 0; i < FUN_TABLE_SIZE; i++) {
    const entry = DYNAMIC_ONLY[i - FIRST_DYNAMIC] ?? "stream object";
    out.push(rows.get(i) ?? [i, entry, unsupported(i, entry)]);
  }
  return out;
}
