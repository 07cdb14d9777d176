// sys (py/modsys.c) and its standard stream objects. The stream objects are shared by every
// interpreter (like MicroPython's ROM objects) and write through the running one's host;
// argv, path and modules are the interpreter's own (interp_state.ts).
import { builtin, defineType, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { PyByteArray, PyBytes } from "./obj_bytes.ts";
import { formatException, PyBaseException, raise, SystemExit, TypeError } from "./obj_exception.ts";
import { PyTuple } from "./obj_tuple.ts";
import { attrTuple } from "./obj_attrtuple.ts";
import { type InterpState, state } from "./interp_state.ts";
import { requireStream, streamWrite as writeToStream } from "./stream.ts";
import { repr } from "./runtime.ts";

/** The stream objects: fd 0/1/2, text or binary (`.buffer`). */
class PyStream extends PyObject {
  constructor(type: PyType, public fd: number, public binary: boolean) {
    super(type);
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function streamWrite(s: PyStream, v: PyValue): number {
  if (s.binary) {
    if (!(v instanceof PyBytes || v instanceof PyByteArray)) {
      return raise(TypeError, "object with buffer protocol required");
    }
    if (s.fd === 2) state.host.writeStderr(dec.decode(v.data));
    else state.host.writeStdoutBytes(v.data);
    return v.data.length;
  }
  if (typeof v !== "string") return raise(TypeError, "object with buffer protocol required");
  if (s.fd === 2) state.host.writeStderr(v);
  else state.host.writeStdout(v);
  return enc.encode(v).length;
}

function streamRead(s: PyStream, n: number): PyValue {
  if (s.binary) return new PyBytes(state.host.readBytes(n));
  if (n < 0) {
    let all = "";
    for (let line = state.host.readLine(); line !== ""; line = state.host.readLine()) all += line;
    return all;
  }
  return dec.decode(state.host.readBytes(n));
}

function makeStreamType(name: string): PyType {
  return defineType({
    name,
    repr: (self) => `<io.${name} ${(self as PyStream).fd}>`,
    getIter: (self) => self,
    iterNext: (self) => {
      const line = state.host.readLine();
      return line === ""
        ? undefined
        : ((self as PyStream).binary ? new PyBytes(enc.encode(line)) : line);
    },
    getAttr: (self, attr) => {
      const s = self as PyStream;
      if (attr === "buffer" && !s.binary) {
        return s.fd === 0 ? stdinBuffer : s.fd === 1 ? stdoutBuffer : stderrBuffer;
      }
      return undefined;
    },
    methods: [
      ["write", (a) => streamWrite(a[0] as PyStream, a[1]), 2, 2],
      ["read", (a) => streamRead(a[0] as PyStream, a.length > 1 ? a[1] as number : -1), 1, 2],
      [
        "readline",
        (a) => {
          const line = state.host.readLine();
          return (a[0] as PyStream).binary ? new PyBytes(enc.encode(line)) : line;
        },
        1,
        2,
      ],
      ["flush", () => null, 1, 1],
      ["fileno", (a) => (a[0] as PyStream).fd, 1, 1],
    ],
  });
}

const textType = makeStreamType("TextIOWrapper");
const fileType = makeStreamType("FileIO");
export const stdinStream = new PyStream(textType, 0, false);
export const stdoutStream = new PyStream(textType, 1, false);
export const stderrStream = new PyStream(textType, 2, false);
const stdinBuffer = new PyStream(fileType, 0, true);
const stdoutBuffer = new PyStream(fileType, 1, true);
const stderrBuffer = new PyStream(fileType, 2, true);

/** Write a value to a file-like object: fast for the standard streams, else its .write(). */
export function writeTo(file: PyValue, text: string): void {
  if (file === stdoutStream || file === null) state.host.writeStdout(text);
  else if (file === stderrStream) state.host.writeStderr(text);
  else writeToStream(file, text);
}

/** sys.implementation, an attribute tuple as in the unix port. _build names the variant the
 * unix port calls "standard"; _thread says "GIL" because upy's threads never run Python code in
 * parallel (the unix port's are "unsafe"). */
function implementation(): PyTuple {
  return attrTuple(["name", "version", "_machine", "_mpy", "_build", "_thread"], [
    "micropython",
    new PyTuple([1, 27, 0, ""]),
    "upy on Deno",
    774, // .mpy v6.3, no native architecture
    "standard",
    "GIL",
  ]);
}

/** sys.atexit's function per interpreter (MP_STATE_VM(sys_exitfunc)); the port calls it. */
const exitFuncs = new WeakMap<InterpState, PyValue>();

/** The function registered with sys.atexit in `st` (None when there is none). */
export function exitFunction(st: InterpState): PyValue {
  return exitFuncs.get(st) ?? null;
}

export function makeSysModule(): [string, PyValue][] {
  return [
    ["argv", state.argv],
    // As the unix port when realpath(argv[0]) fails: upy runs inside Deno, not as a binary.
    ["executable", ""],
    [
      "atexit",
      builtin(
        "atexit",
        (a) => {
          const old = exitFunction(state);
          exitFuncs.set(state, a[0]);
          return old;
        },
        1,
        1,
      ),
    ],
    ["path", state.path],
    ["modules", state.modules],
    ["stdin", stdinStream],
    ["stdout", stdoutStream],
    ["stderr", stderrStream],
    ["implementation", implementation()],
    ["version", "3.4.0; MicroPython v1.27.0 on 2025-12-10"],
    ["version_info", new PyTuple([3, 4, 0])],
    // The reference build is 32-bit; we follow it (hash values, maxsize).
    ["maxsize", 2147483647],
    ["byteorder", "little"],
    ["platform", "linux"],
    ["ps1", ">>> "],
    ["ps2", "... "],
    [
      "exit",
      builtin(
        "exit",
        (a) => {
          throw new PyBaseException(SystemExit, new PyTuple(a.length ? [a[0]] : []));
        },
        0,
        1,
      ),
    ],
    [
      "exc_info",
      builtin(
        "exc_info",
        () => {
          const e = state.curException;
          return new PyTuple(e === undefined ? [null, null, null] : [typeOf(e), e, null]);
        },
        0,
        0,
      ),
    ],
    [
      "print_exception",
      builtin(
        "print_exception",
        (a) => {
          // mp_obj_print_exception: the file must be a stream; anything else prints as its
          // repr on a line of its own.
          if (a.length > 1) requireStream(a[1], "write");
          const e = a[0];
          const text = e instanceof PyBaseException ? formatException(e) : repr(e) + "\n";
          writeTo(a.length > 1 ? a[1] : stdoutStream, text);
          return null;
        },
        1,
        2,
      ),
    ],
  ];
}
