import { deepStrictEqual as assertEquals } from "node:assert/strict";
import type { OpenFlags } from "./builtins_open.ts";
import { type PyValue } from "./obj.ts";
import { OSError, PyBaseException, raise } from "./obj_exception.ts";
import { PyDict } from "./obj_dict.ts";
import { makeClass } from "./obj_type.ts";
import { Interpreter } from "./interpreter.ts";
import { memoryHost } from "./host.ts";
import { activate } from "./interp_state.ts";
import { call, callMethod, repr, str, toArray } from "./runtime.ts";
import { PyList } from "./obj_list.ts";

let out = "";
const host = memoryHost({ writeStdout: (t) => (out += t) });
const interp = new Interpreter({ host });
activate(interp.state);
const b = (name: string) => interp.state.builtins.get(name)!;

function pyErr(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${str(e)}`;
    throw e;
  }
  return "no error";
}

Deno.test("builtins namespace holds MicroPython 1.27's names", () => {
  const names = [
    "ArithmeticError",
    "Ellipsis",
    "NotImplemented",
    "__name__",
    "abs",
    "all",
    "any",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "classmethod",
    "compile",
    "delattr",
    "dict",
    "dir",
    "enumerate",
    "eval",
    "exec",
    "execfile",
    "filter",
    "float",
    "frozenset",
    "getattr",
    "hasattr",
    "hash",
    "help",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "object",
    "open",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "zip",
    "__repl_print__",
  ];
  const missing = names.filter((n) => interp.state.builtins.get(n) === undefined);
  assertEquals(missing, []);
  assertEquals(b("__name__"), "builtins");
});

Deno.test("print: sep, end, file", () => {
  out = "";
  call(b("print"), [1, "a", null]);
  call(b("print"), ["x", "y"], new Map<string, PyValue>([["sep", "-"], ["end", "!"]]));
  assertEquals(out, "1 a None\nx-y!");
  assertEquals(
    pyErr(() => call(b("print"), [1], new Map([["sep", null]]))),
    "TypeError: can't convert 'NoneType' object to str implicitly",
  );
  assertEquals(
    pyErr(() => call(b("print"), [1], new Map([["flush", true]]))),
    "TypeError: extra keyword arguments given",
  );
  const written: PyValue[] = [];
  // A class with a write() method is no stream (only native ones and io.IOBase subclasses).
  const sink = call(makeClass("Sink", [], dictOf([["write", writeFn(written)]])), []);
  assertEquals(
    pyErr(() => call(b("print"), ["hi"], new Map([["file", sink]]))),
    "OSError: stream operation not supported",
  );
  assertEquals(written, []);
  out = "";
  call(b("__repl_print__"), [5]);
  call(b("__repl_print__"), [null]);
  assertEquals(out, "5\n");
  assertEquals(b("_"), 5);
});

function dictOf(entries: [string, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
function writeFn(log: PyValue[]) {
  return call(b("staticmethod"), [
    callable((a) => (log.push(a[0]), null)),
  ]);
}
import { builtin } from "./obj.ts";
const callable = (f: (a: PyValue[]) => PyValue) => builtin("f", (a) => f(a), 0, -1);

Deno.test("getattr / hasattr / setattr / delattr / dir", () => {
  const A = makeClass("A", [], dictOf([["k", 1]]));
  const a = call(A, []);
  call(b("setattr"), [a, "q", 2]);
  assertEquals(call(b("getattr"), [a, "q"]), 2);
  assertEquals(call(b("getattr"), [a, "zz", 7]), 7);
  assertEquals(call(b("hasattr"), [a, "k"]), true);
  assertEquals(call(b("hasattr"), [a, "zz"]), false);
  assertEquals(
    pyErr(() => call(b("getattr"), [1, 2])),
    "TypeError: can't convert 'int' object to str implicitly",
  );
  assertEquals(repr(call(b("dir"), [a])), "['__class__', '__dict__', 'k', 'q']");
  assertEquals(
    repr(call(b("dir"), [b("object")])),
    "['__class__', '__init__', '__name__', '__new__', '__bases__', '__delattr__', '__dict__', '__setattr__']",
  );
  assertEquals(
    repr(call(b("dir"), [new PyList([])])),
    "['__class__', 'append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']",
  );
  call(b("delattr"), [a, "q"]);
  assertEquals(call(b("hasattr"), [a, "q"]), false);
});

Deno.test("open: text and binary files through the host hook", () => {
  const files = new Map<string, Uint8Array>();
  const handles = new Map<number, { path: string; pos: number }>();
  let next = 3;
  host.files = {
    open(path: string, flags: OpenFlags) {
      if (!files.has(path)) {
        if (!flags.create) return raise(OSError, 2);
        files.set(path, new Uint8Array());
      }
      if (flags.truncate) files.set(path, new Uint8Array());
      const fd = next++;
      handles.set(fd, { path, pos: flags.append ? files.get(path)!.length : 0 });
      return fd;
    },
    read(fd: number, n: number) {
      const h = handles.get(fd)!;
      const data = files.get(h.path)!;
      const end = n < 0 ? data.length : Math.min(data.length, h.pos + n);
      const r = data.slice(h.pos, end);
      h.pos = Math.max(h.pos, end);
      return r;
    },
    write(fd: number, d: Uint8Array) {
      const h = handles.get(fd)!;
      const old = files.get(h.path)!;
      const nd = new Uint8Array(Math.max(old.length, h.pos + d.length));
      nd.set(old);
      nd.set(d, h.pos);
      files.set(h.path, nd);
      h.pos += d.length;
      return d.length;
    },
    seek(fd: number, off: number, whence: number) {
      const h = handles.get(fd)!;
      h.pos = (whence === 0 ? 0 : whence === 1 ? h.pos : files.get(h.path)!.length) + off;
      return h.pos;
    },
    close(fd: number) {
      handles.delete(fd);
    },
  };
  const open = b("open");
  const f = call(open, ["t.txt", "w"]);
  assertEquals(repr(f), "<io.TextIOWrapper 3>");
  assertEquals(callMethod(f, "write", ["héllo\nworld\n"]), 13);
  callMethod(f, "write", ["x"]);
  callMethod(f, "close", []);
  assertEquals(
    pyErr(() => callMethod(f, "write", ["a"])),
    "ValueError: I/O operation on closed file",
  );
  const r = call(open, ["t.txt"]);
  assertEquals(callMethod(r, "read", [3]), "hél");
  assertEquals(callMethod(r, "readline", []), "lo\n");
  assertEquals(repr(callMethod(r, "readlines", [])), "[" + "'world\\n', 'x']");
  const rb = call(open, ["t.txt", "rb"]);
  assertEquals(repr(rb), "<io.FileIO 5>");
  callMethod(rb, "read", [3]);
  assertEquals(callMethod(rb, "tell", []), 3);
  assertEquals(callMethod(rb, "seek", [0]), 0);
  assertEquals(toArray(rb).length, 3);
  const a = call(open, ["t.txt", "a"]);
  callMethod(a, "write", ["Z"]);
  callMethod(a, "__exit__", [null, null, null]);
  assertEquals(toArray(call(open, ["t.txt"])), ["héllo\n", "world\n", "xZ"]);
  assertEquals(pyErr(() => call(open, ["nope"])), "OSError: [Errno 2] ENOENT");
  assertEquals(
    pyErr(() => callMethod(call(open, ["t.txt"]), "write", ["x"])),
    "OSError: [Errno 9] EBADF",
  );
});

Deno.test("input reads a line and writes the prompt", () => {
  out = "";
  const lines = ["abc\n"];
  host.readLine = () => lines.shift() ?? "";
  assertEquals(call(b("input"), ["> "]), "abc");
  assertEquals(out, "> ");
  assertEquals(pyErr(() => call(b("input"), [])), "EOFError: ");
});
