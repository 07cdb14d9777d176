// CompiledModule → .mpy v6.3 bytes, laid out as mpy-cross 1.27 writes them (mpy-format.md).
import type { CompiledModule, PyConst, RawCode } from "../py/raw_code.ts";
import { RawCodeKind } from "../py/raw_code.ts";
import { ByteSink } from "../py/emit_bc_encode.ts";
import { floatRepr } from "../py/float_format.ts";
import { complexRepr } from "../py/obj_complex.ts";

const CONST_TYPE = {
  funtable: 0,
  none: 1,
  false: 2,
  true: 3,
  ellipsis: 4,
  str: 5,
  bytes: 6,
  int: 7,
  float: 8,
  complex: 9,
  tuple: 10,
} as const;

const utf8 = new TextEncoder();

/** Serialise a compiled module to .mpy bytes. */
export function writeMpy(mod: CompiledModule): Uint8Array {
  const out = new ByteSink(1024);
  out.byte(0x4d);
  out.byte(6);
  // mpy-cross writes the sub-version only when there is machine code.
  out.byte(mod.arch === 0 ? 0 : ((mod.arch << 2) | 3));
  out.byte(mod.smallIntBits);
  out.vuint(mod.qstrs.length);
  out.vuint(mod.constants.length);
  for (const q of mod.qstrs) writeQstr(out, q);
  for (const c of mod.constants) writeConst(out, c);
  writeRawCode(out, mod.rawCode);
  return out.result();
}

function writeQstr(out: ByteSink, q: string): void {
  const id = STATIC_QSTR_ID.get(q);
  if (id !== undefined) {
    out.vuint((id << 1) | 1);
    return;
  }
  const b = utf8.encode(q);
  out.vuint(b.length << 1);
  out.bytes(b);
  out.byte(0);
}

function writeText(out: ByteSink, text: string): void {
  const b = utf8.encode(text);
  out.vuint(b.length);
  out.bytes(b);
}

function writeConst(out: ByteSink, c: PyConst): void {
  out.byte(CONST_TYPE[c.kind]);
  switch (c.kind) {
    case "str":
      writeText(out, c.value);
      out.byte(0);
      break;
    case "bytes":
      out.vuint(c.value.length);
      out.bytes(c.value);
      out.byte(0);
      break;
    case "int":
      writeText(out, c.value.toString());
      break;
    case "float":
      writeText(out, floatRepr(c.value));
      break;
    case "complex":
      writeText(out, complexRepr(c.real, c.imag));
      break;
    case "tuple":
      out.vuint(c.items.length);
      for (const item of c.items) writeConst(out, item);
      break;
    default:
      break; // singletons: type byte only
  }
}

function writeRawCode(out: ByteSink, rc: RawCode): void {
  const hasChildren = rc.children.length > 0 ? 1 : 0;
  out.vuint((rc.data.length << 3) | (hasChildren << 2) | (rc.kind - 2));
  out.bytes(rc.data);
  if (rc.kind === RawCodeKind.NATIVE_PY) {
    out.vuint(rc.preludeOffset ?? 0);
  } else if (rc.kind === RawCodeKind.NATIVE_VIPER) {
    out.vuint(rc.scopeFlags ?? 0);
  } else if (rc.kind === RawCodeKind.NATIVE_ASM) {
    out.vuint(rc.scopeFlags ?? 0);
    out.vuint(rc.nPosArgs ?? 0);
    out.vuint(rc.typeSig ?? 0);
  }
  if (hasChildren) {
    out.vuint(rc.children.length);
    for (const child of rc.children) writeRawCode(out, child);
  }
}

// Float and complex constants are stored as MicroPython's repr text (formatfloat.c rules).
export { floatRepr } from "../py/float_format.ts";
export { complexRepr } from "../py/obj_complex.ts";

/** MicroPython 1.27 static qstrs in id order (id = index + 1), from spec/static-qstrs.txt. */
export const STATIC_QSTRS: readonly string[] = [
  "",
  "__dir__",
  "\n",
  " ",
  "*",
  "/",
  "<module>",
  "_",
  "__call__",
  "__class__",
  "__delitem__",
  "__enter__",
  "__exit__",
  "__getattr__",
  "__getitem__",
  "__hash__",
  "__init__",
  "__int__",
  "__iter__",
  "__len__",
  "__main__",
  "__module__",
  "__name__",
  "__new__",
  "__next__",
  "__qualname__",
  "__repr__",
  "__setitem__",
  "__str__",
  "ArithmeticError",
  "AssertionError",
  "AttributeError",
  "BaseException",
  "EOFError",
  "Ellipsis",
  "Exception",
  "GeneratorExit",
  "ImportError",
  "IndentationError",
  "IndexError",
  "KeyError",
  "KeyboardInterrupt",
  "LookupError",
  "MemoryError",
  "NameError",
  "NoneType",
  "NotImplementedError",
  "OSError",
  "OverflowError",
  "RuntimeError",
  "StopIteration",
  "SyntaxError",
  "SystemExit",
  "TypeError",
  "ValueError",
  "ZeroDivisionError",
  "abs",
  "all",
  "any",
  "append",
  "args",
  "bool",
  "builtins",
  "bytearray",
  "bytecode",
  "bytes",
  "callable",
  "chr",
  "classmethod",
  "clear",
  "close",
  "const",
  "copy",
  "count",
  "dict",
  "dir",
  "divmod",
  "end",
  "endswith",
  "eval",
  "exec",
  "extend",
  "find",
  "format",
  "from_bytes",
  "get",
  "getattr",
  "globals",
  "hasattr",
  "hash",
  "id",
  "index",
  "insert",
  "int",
  "isalpha",
  "isdigit",
  "isinstance",
  "islower",
  "isspace",
  "issubclass",
  "isupper",
  "items",
  "iter",
  "join",
  "key",
  "keys",
  "len",
  "list",
  "little",
  "locals",
  "lower",
  "lstrip",
  "main",
  "map",
  "micropython",
  "next",
  "object",
  "open",
  "ord",
  "pop",
  "popitem",
  "pow",
  "print",
  "range",
  "read",
  "readinto",
  "readline",
  "remove",
  "replace",
  "repr",
  "reverse",
  "rfind",
  "rindex",
  "round",
  "rsplit",
  "rstrip",
  "self",
  "send",
  "sep",
  "set",
  "setattr",
  "setdefault",
  "sort",
  "sorted",
  "split",
  "start",
  "startswith",
  "staticmethod",
  "step",
  "stop",
  "str",
  "strip",
  "sum",
  "super",
  "throw",
  "to_bytes",
  "tuple",
  "type",
  "update",
  "upper",
  "utf-8",
  "value",
  "values",
  "write",
  "zip",
];

/** Static qstr id by string (ids 1..165; id 0 is never written). */
export const STATIC_QSTR_ID: ReadonlyMap<string, number> = new Map(
  STATIC_QSTRS.map((s, i) => [s, i + 1]),
);
