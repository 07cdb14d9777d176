// Core builtin functions (py/modbuiltins.c): print, repr, attribute access, isinstance,
// dir, help, input, exec/eval/compile (through a hook the lead wires to the compiler/VM).
import { checkName } from "./qstr_limit.ts";
import { STATIC_QSTRS } from "./qstr.ts";
import { internRank } from "./qstr_order.ts";
import {
  builtin,
  type Kw,
  objectType,
  PyBuiltin,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
} from "./obj.ts";
import { PyBytes, readBuffer } from "./obj_bytes.ts";
import type { Host } from "./host.ts";
import { PyDict } from "./obj_dict.ts";
import {
  AttributeError,
  EOFError,
  isException,
  KeyboardInterrupt,
  raise,
  RuntimeError,
  TypeError,
  ValueError,
} from "./obj_exception.ts";
import { PyList } from "./obj_list.ts";
import { PyModule } from "./obj_module.ts";
import { isSubtype } from "./obj.ts";
import { isinstance, issubclass, objectMethods } from "./obj_type.ts";
import { propertyType } from "./obj_property.ts";
import { PySuper } from "./obj_super.ts";
import { call, getAttr, lookupAttr, repr, setAttr, str } from "./runtime.ts";
import { stdoutStream, writeTo } from "./mod_sys.ts";
import { state } from "./interp_state.ts";

/** A str argument, with MicroPython's message for anything else. */
export function strArg(v: PyValue): string {
  if (typeof v === "string") return v;
  return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
}

/** An attribute name argument: a str that can be a qstr. */
const nameArg = (v: PyValue): string => checkName(strArg(v));

// --- print ----------------------------------------------------------------------------------

/** print()'s sep and end: str, or bytes taken as their text (mp_obj_str_get_data). */
const printTextArg = (v: PyValue): string =>
  v instanceof PyBytes ? new TextDecoder().decode(v.data) : strArg(v);

function print(args: PyValue[], kw: Kw): PyValue {
  let sep = " ";
  let end = "\n";
  let file: PyValue = stdoutStream; // file=None is no stream: OSError, as in MicroPython
  if (kw !== undefined && kw.size > 0) {
    for (const [k, v] of kw) {
      if (k === "sep") sep = printTextArg(v);
      else if (k === "end") end = printTextArg(v);
      else if (k === "file") file = v;
      else raise(TypeError, "extra keyword arguments given");
    }
  }
  if (file !== stdoutStream) {
    // A stream gets each piece as its own write, as mp_print_str does (visible to io.IOBase).
    const pieces: string[] = [];
    args.forEach((a, i) =>
      pieces.push(...(i > 0 ? [sep] : []), typeof a === "string" ? a : str(a))
    );
    pieces.push(end);
    for (const p of pieces) if (p !== "") writeTo(file, p);
    return null;
  }
  let out = "";
  for (let i = 0; i < args.length; i++) {
    if (i > 0) out += sep;
    const a = args[i];
    out += typeof a === "string" ? a : str(a);
  }
  writeTo(stdoutStream, out + end);
  return null;
}

/** Hook for the REPL's `_`: set by builtins.ts to store into the builtins dict. */
export const replHooks = { setLast: (_v: PyValue): void => {} };

function replPrint(args: PyValue[]): PyValue {
  const v = args[0];
  if (v !== null) {
    writeTo(stdoutStream, repr(v) + "\n");
    replHooks.setLast(v);
  }
  return null;
}

// --- attributes -----------------------------------------------------------------------------

function isAttributeError(e: unknown): boolean {
  return isException(e) && isSubtype(e.type, AttributeError);
}

/** What mp_load_method_protected leaves in dest[0] when the lookup raised AttributeError:
 * for an instance attribute that is a property or a __get__ descriptor on the class, the
 * class lookup already stored the descriptor itself before its getter raised. */
function protectedResult(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyType || !(obj instanceof PyObject)) return undefined;
  const t = obj.type;
  if (!t.isUserClass || obj.dict?.has(name)) return undefined;
  const v = t.lookup(name);
  if (v === undefined) return undefined;
  const vt = typeOf(v);
  return vt === propertyType || (vt.isUserClass && vt.descrGet !== undefined) ? v : undefined;
}

function getattr(args: PyValue[]): PyValue {
  const name = nameArg(args[1]);
  if (args.length > 2) {
    try {
      return getAttr(args[0], name);
    } catch (e) {
      if (isAttributeError(e)) return protectedResult(args[0], name) ?? args[2];
      throw e;
    }
  }
  return getAttr(args[0], name);
}

function hasattr(args: PyValue[]): boolean {
  const name = nameArg(args[1]);
  try {
    getAttr(args[0], name);
    return true;
  } catch (e) {
    if (isAttributeError(e)) return protectedResult(args[0], name) !== undefined;
    throw e;
  }
}

// --- dir ------------------------------------------------------------------------------------

const STATIC_ORDER = new Map<string, number>(STATIC_QSTRS.map((s, i) => [s, i]));
/** Attribute names native getAttr hooks may provide (MicroPython probes every qstr). */
const EXTRA_NAMES = [
  "__class__",
  "__name__",
  "__bases__",
  "__dict__",
  "args",
  "value",
  "errno",
  "real",
  "imag",
  "start",
  "stop",
  "step",
  "buffer",
  "__file__",
];

/** Hook for dir() with no argument: the VM supplies the current local names. */
export const dirHooks = { localNames: (): string[] => [] };

/** dir(obj): names that load on obj, in MicroPython's qstr order: static qstrs first, then
 * frozen and run-time interned ones (qstr_order.ts), then any others sorted. */
export function dirOf(obj: PyValue): string[] {
  const candidates = new Set<string>();
  for (const n of EXTRA_NAMES) candidates.add(n);
  for (const n of STATIC_QSTRS) if (n.startsWith("__") || /^[a-z_]+$/.test(n)) candidates.add(n);
  if (obj instanceof PyObject && obj.dict !== undefined) {
    for (const k of obj.dict.keys()) candidates.add(k);
  }
  // Names native code defines are static qstrs in MicroPython, whatever a program interns.
  const native = new Set<string>();
  if (obj instanceof PyModule) {
    const g = obj.globals;
    const python = g.get("__file__") !== undefined || g.get("__name__") === "__main__";
    for (const k of g.keys()) {
      if (typeof k === "string") {
        candidates.add(k);
        if (!python) native.add(k);
      }
    }
    for (const k of obj.delegated?.keys() ?? []) {
      candidates.add(k);
      native.add(k);
    }
  }
  const t = obj instanceof PyType ? obj : typeOf(obj);
  for (const c of t.mro) {
    for (const k of c.locals.keys()) {
      candidates.add(k);
      if (!c.isUserClass) native.add(k);
    }
  }
  // super() objects reach their class's bases and object.
  const sup = obj instanceof PySuper;
  if (sup) { for (const c of obj.cls.mro) for (const k of c.locals.keys()) candidates.add(k); }
  for (const k of objectMethods.keys()) candidates.add(k);
  if (obj instanceof PyType) { for (const k of typeOf(obj).locals.keys()) candidates.add(k); }
  const found: string[] = [];
  for (const name of candidates) {
    if (name === "") continue;
    let ok = false;
    try {
      ok = lookupAttr(obj, name) !== undefined;
    } catch {
      ok = false;
    }
    if (ok) found.push(name);
  }
  const rank = (n: string) =>
    STATIC_ORDER.get(n) ?? STATIC_ORDER.size + (native.has(n) ? 0 : internRank(n));
  found.sort((a, b) => {
    const ia = rank(a);
    const ib = rank(b);
    if (ia !== ib) return ia - ib;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return found;
}

function dir(args: PyValue[]): PyValue {
  if (args.length === 0) return new PyList(dirHooks.localNames());
  // An instance whose class defines __dir__ answers for itself (MICROPY_PY_ALL_SPECIAL_METHODS).
  const obj = args[0];
  if (!(obj instanceof PyType) && typeOf(obj).isUserClass) {
    const f = typeOf(obj).lookup("__dir__");
    if (f !== undefined && typeOf(f).isMethodLike) return call(f, [obj]);
  }
  return new PyList(dirOf(obj));
}

// --- help -----------------------------------------------------------------------------------

const HELP_TEXT = `Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
`;

function help(args: PyValue[]): PyValue {
  if (args.length === 0) {
    writeTo(stdoutStream, HELP_TEXT);
    return null;
  }
  const obj = args[0];
  // mp_help_print_obj: printed as str(), then the names of the module's globals or the type's
  // locals; a user class's dict in its hash-table order, a native type's table as declared.
  let out = `object ${str(obj)} is of type ${typeOf(obj).name}\n`;
  let members: Iterable<[PyValue, PyValue]> | undefined;
  if (obj instanceof PyModule) {
    // A built-in module's globals are a ROM table, listed as declared.
    const g = obj.globals;
    members = obj.writable !== undefined ? g.map as Map<PyValue, PyValue> : g.entries();
  } else if (!(obj instanceof PyBuiltin)) {
    const t = obj instanceof PyType ? obj : typeOf(obj);
    if (t.isUserClass) {
      const d = new PyDict();
      for (const [k, v] of t.locals) d.set(k, v);
      members = d.entries();
    } else if (t !== objectType) members = t.locals;
  }
  if (members !== undefined) {
    for (const [k, v] of members) out += `  ${str(k)} -- ${str(v)}\n`;
  }
  writeTo(stdoutStream, out);
  return null;
}

// --- input ----------------------------------------------------------------------------------

/** How input() reads its line: `finish` turns the line into the result; a replacement may
 * instead return a Suspend that finishes later (installed by src/extmod/stdin_wait.ts). */
export const inputHook = {
  readLine: (finish: (line: string | null) => PyValue): PyValue =>
    finish(readInputLine(state.host)),
};

/** input()'s line from the host: its line editor's, else a plain line (null: Ctrl-C). */
export function readInputLine(host: Host): string | null {
  return host.readInputLine !== undefined ? host.readInputLine() : host.readLine();
}

function inputLine(line: string | null): PyValue {
  if (line === null) return raise(KeyboardInterrupt);
  if (line === "") return raise(EOFError);
  return line.endsWith("\n") ? line.slice(0, line.endsWith("\r\n") ? -2 : -1) : line;
}

function input(args: PyValue[]): PyValue {
  if (args.length > 0) writeTo(stdoutStream, str(args[0]));
  return inputHook.readLine(inputLine);
}

// --- exec / eval / compile --------------------------------------------------------------------

/** Compiler/VM entry points, wired by the lead. `source` is a str or a code object returned by
 * `compile`; globals/locals are dicts or undefined (= the caller's). */
export const compileHook = {
  compile: (_source: string, _filename: string, _mode: "exec" | "eval" | "single"): PyValue =>
    raise(RuntimeError, "compile not available"),
  /** Run a code object (from `compile`) and return its value (None for exec). */
  run: (_code: PyValue, _globals: PyDict | undefined, _locals: PyDict | undefined): PyValue =>
    raise(RuntimeError, "exec not available"),
  /** Is this value a code object made by `compile`? */
  isCode: (_v: PyValue): boolean => false,
  /** Read a file for execfile (the open() hook is used when this is not set). */
  readFile: undefined as ((path: string) => string) | undefined,
};

const dec = new TextDecoder();

/** eval/exec source: a str or any buffer (builtinevex.c mp_get_buffer_raise). */
function sourceText(v: PyValue): string {
  if (typeof v === "string") return v;
  const data = readBuffer(v) ?? raise(TypeError, "object with buffer protocol required");
  return dec.decode(data);
}

/** builtinevex.c: globals then locals, None meaning "the caller's"; a non-dict is a bare
 * TypeError, raised before the source is compiled. Given globals are the locals too unless
 * locals are given as well. */
function evalContext(args: PyValue[]): [PyDict | undefined, PyDict | undefined] {
  let globals: PyDict | undefined;
  let locals: PyDict | undefined;
  for (let i = 1; i < 3 && i < args.length; i++) {
    const v = args[i];
    if (v === null) continue;
    if (!(v instanceof PyDict)) raise(TypeError);
    locals = v;
    if (i === 1) globals = v;
  }
  return [globals, locals];
}

function evalOrExec(args: PyValue[], mode: "exec" | "eval"): PyValue {
  const [globals, locals] = evalContext(args);
  const src = args[0];
  const code = compileHook.isCode(src)
    ? src
    : compileHook.compile(sourceText(src), "<string>", mode);
  return compileHook.run(code, globals, locals);
}

function compile(args: PyValue[]): PyValue {
  // a str, or bytes (a str-like object there); other buffers are not
  const a = args[0];
  const src = a instanceof PyBytes && !a.type.isUserClass ? dec.decode(a.data) : strArg(a);
  const filename = str(args[1]);
  const mode = strArg(args[2]);
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    return raise(ValueError, "bad compile mode");
  }
  return compileHook.compile(src, filename, mode);
}

/** Reads a file's text for execfile; builtins_open.ts installs one based on its file hook. */
export const execfileReader = { read: (_path: string): string => raise(TypeError, "") };

function execfile(args: PyValue[]): PyValue {
  const [globals, locals] = evalContext(args);
  const path = strArg(args[0]);
  const text = compileHook.readFile !== undefined
    ? compileHook.readFile(path)
    : execfileReader.read(path);
  const code = compileHook.compile(text, path, "exec");
  return compileHook.run(code, globals, locals);
}

// --- rows -----------------------------------------------------------------------------------

export const coreBuiltins: [string, PyValue][] = [
  ["print", builtin("print", print, 0, -1, true)],
  ["__repl_print__", builtin("__repl_print__", replPrint, 1, 1)],
  ["repr", builtin("repr", (a) => repr(a[0]), 1, 1)],
  ["getattr", builtin("getattr", getattr, 2, 3)],
  [
    "setattr",
    builtin("setattr", (a) => (setAttr(a[0], nameArg(a[1]), a[2]), null), 3, 3),
  ],
  [
    "delattr",
    builtin("delattr", (a) => (setAttr(a[0], nameArg(a[1]), undefined), null), 2, 2),
  ],
  ["hasattr", builtin("hasattr", hasattr, 2, 2)],
  ["isinstance", builtin("isinstance", (a) => isinstance(a[0], a[1]), 2, 2)],
  ["issubclass", builtin("issubclass", (a) => issubclass(a[0], a[1]), 2, 2)],
  ["dir", builtin("dir", dir, 0, 1)],
  ["help", builtin("help", help, 0, 1)],
  ["input", builtin("input", input, 0, 1)],
  ["exec", builtin("exec", (a) => (evalOrExec(a, "exec"), null), 1, 3)],
  ["eval", builtin("eval", (a) => evalOrExec(a, "eval"), 1, 3)],
  ["compile", builtin("compile", compile, 3, 6)],
  ["execfile", builtin("execfile", execfile, 1, 3)],
];
