// Exceptions: the MicroPython hierarchy (py/objexcept.c) declared as a table, the exception
// object, and helpers to raise them from native code. Python exceptions are thrown as JS
// values directly (no JS Error, so no stack capture cost).
import { argErrors, defineType, isSubtype, PyObject, type PyType, type PyValue } from "./obj.ts";
import { EMPTY_TUPLE, PyTuple, tuple } from "./obj_tuple.ts";
import { repr, str } from "./runtime.ts";

/** One traceback line: `File "<file>", line <line>, in <block>`. */
export interface TracebackEntry {
  file: string;
  line: number;
  block: string;
}

export class PyBaseException extends PyObject {
  args: PyTuple;
  traceback: TracebackEntry[];
  constructor(type: PyType, args: PyTuple = EMPTY_TUPLE) {
    super(type);
    this.args = args;
    this.traceback = [];
  }
}

/** [name, parent name] in declaration order. */
const HIERARCHY: [string, string | null][] = [
  ["BaseException", null],
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"],
  ["StopIteration", "Exception"],
  ["StopAsyncIteration", "Exception"],
  ["ArithmeticError", "Exception"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["OSError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
];

/** Every builtin exception type by name. */
export const exceptionTypes: Map<string, PyType> = new Map();

function argsRepr(args: PyValue[]): string {
  if (args.length === 1) return `(${repr(args[0])},)`;
  return "(" + args.map((a) => repr(a)).join(", ") + ")";
}

function exceptionStr(self: PyValue): string {
  const e = self as PyBaseException;
  const a = e.args.items;
  if (a.length === 0) return "";
  if (a.length === 1) {
    const v = a[0];
    return typeof v === "string" ? v : str(v);
  }
  return argsRepr(a);
}

/** Installed by the errno module: the symbolic name of an errno code. */
export const errnoNames = { lookup: (_code: number): string | undefined => undefined };

/** OSError(2, "x") prints as "[Errno 2] ENOENT: x" when the code has a name. */
function osErrorStr(self: PyValue): string {
  const a = (self as PyBaseException).args.items;
  if ((a.length === 1 || a.length === 2) && typeof a[0] === "number") {
    const name = errnoNames.lookup(a[0]);
    if (name !== undefined) {
      return a.length === 1 ? `[Errno ${a[0]}] ${name}` : `[Errno ${a[0]}] ${name}: ${str(a[1])}`;
    }
  }
  return exceptionStr(self);
}

/** Attributes every exception has, plus the per-type ones (py/objexcept.c). */
function exceptionAttr(self: PyValue, name: string): PyValue | undefined {
  const e = self as PyBaseException;
  if (name === "args") return e.args;
  // Every exception has .value and .errno: its first argument, or None (objexcept.c
  // decompress_exc / exc_attr in this build, whatever the type).
  if (name === "value" || name === "errno") {
    return e.args.items.length > 0 ? e.args.items[0] : null;
  }
  return undefined;
}

/** `e.__traceback__ = None` clears the traceback; nothing else can be stored (objexcept.c). */
function exceptionSetAttr(self: PyValue, name: string, value: PyValue | undefined): boolean {
  if (name !== "__traceback__" || value !== null) return false;
  (self as PyBaseException).traceback = [];
  return true;
}

for (const [name, parent] of HIERARCHY) {
  const base = parent === null ? undefined : exceptionTypes.get(parent)!;
  const t = defineType({
    name,
    base,
    makeNew: (type, args) => new PyBaseException(type, tuple(args.slice())),
    repr: (self) => {
      const e = self as PyBaseException;
      return e.type.name + argsRepr(e.args.items);
    },
    str: name === "OSError" ? osErrorStr : exceptionStr,
    getAttr: exceptionAttr,
    setAttr: exceptionSetAttr,
  });
  exceptionTypes.set(name, t);
}

const ex = (name: string): PyType => exceptionTypes.get(name)!;
export const BaseException: PyType = ex("BaseException");
export const Exception: PyType = ex("Exception");
export const SystemExit: PyType = ex("SystemExit");
export const KeyboardInterrupt: PyType = ex("KeyboardInterrupt");
export const GeneratorExit: PyType = ex("GeneratorExit");
export const StopIteration: PyType = ex("StopIteration");
export const StopAsyncIteration: PyType = ex("StopAsyncIteration");
export const OverflowError: PyType = ex("OverflowError");
export const ZeroDivisionError: PyType = ex("ZeroDivisionError");
export const AssertionError: PyType = ex("AssertionError");
export const AttributeError: PyType = ex("AttributeError");
export const EOFError: PyType = ex("EOFError");
export const ImportError: PyType = ex("ImportError");
export const IndexError: PyType = ex("IndexError");
export const KeyError: PyType = ex("KeyError");
export const MemoryError: PyType = ex("MemoryError");
export const NameError: PyType = ex("NameError");
export const OSError: PyType = ex("OSError");
export const RuntimeError: PyType = ex("RuntimeError");
export const NotImplementedError: PyType = ex("NotImplementedError");
export const SyntaxError: PyType = ex("SyntaxError");
export const IndentationError: PyType = ex("IndentationError");
export const TypeError: PyType = ex("TypeError");
export const ValueError: PyType = ex("ValueError");
export const UnicodeError: PyType = ex("UnicodeError");

/** Make an exception instance with an optional message (or other args). */
export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(type, args.length ? new PyTuple(args) : EMPTY_TUPLE);
}

/** Throw a Python exception: `throw raise(TypeError, "msg")` reads well at call sites that
 * need a `never` expression; plain `raise(...)` works too. */
export function raise(type: PyType, ...args: PyValue[]): never {
  throw newException(type, ...args);
}

export function isException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}

/** True if exception `e` matches `type` (isinstance on the exception's type). */
export function exceptionMatches(e: PyBaseException, type: PyType): boolean {
  return isSubtype(e.type, type);
}

argErrors.raise = (msg: string): never => raise(TypeError, msg);

/** Turn anything thrown inside the runtime into a Python exception. JS stack overflow becomes
 * MicroPython's recursion error; other JS errors are internal bugs, surfaced as RuntimeError
 * rather than a JS stack trace. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newException(RuntimeError, "maximum recursion depth exceeded");
  }
  const msg = e instanceof Error ? e.message : String(e);
  return newException(RuntimeError, "internal error: " + msg);
}

/** The text MicroPython prints for an uncaught exception or sys.print_exception
 * (mp_obj_print_exception): the traceback, innermost call last, then "Type: message". */
export function formatException(e: PyBaseException): string {
  let out = "";
  if (e.traceback.length > 0) {
    out += "Traceback (most recent call last):\n";
    for (let i = e.traceback.length - 1; i >= 0; i--) {
      const t = e.traceback[i];
      // Syntax errors have no block name (MicroPython omits ", in").
      out += `  File "${t.file}", line ${t.line}` + (t.block === "" ? "\n" : `, in ${t.block}\n`);
    }
  }
  return out + exceptionLine(e) + "\n";
}

/** The last line of a traceback (instance_print with PRINT_EXC): a user class's own __repr__
 * if it has one, else "Name: " and the native exception's message (a user __str__ is not
 * consulted). */
function exceptionLine(e: PyBaseException): string {
  let native: PyType | undefined;
  for (const t of e.type.mro) {
    if (!t.isUserClass) {
      native = t;
      break;
    }
    if (t.locals.has("__repr__")) return repr(e);
  }
  const text = native?.str !== undefined ? native.str(e) : str(e);
  return `${e.type.name}: ${text}`;
}
