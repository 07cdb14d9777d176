// sys.stdin/stdout/stderr and their .buffer (the unix port's are posix files on fds 0-2). The
// objects are shared by every interpreter (like MicroPython's ROM objects) and read and write
// through the running one's host.
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { PyBytes } from "./obj_bytes.ts";
import { OSError, raise, StopIteration } from "./obj_exception.ts";
import { PyList } from "./obj_list.ts";
import { writableBuffer } from "./obj_memoryview.ts";
import { state } from "./interp_state.ts";
import { streamWrite as writeToStream } from "./stream.ts";
import { clipLen, lineSizeArg, sizeArg, writeSlice } from "./stream_args.ts";
import { encodeUtf8 } from "./obj_str.ts";

const EBADF = 9, ESPIPE = 29;

/** A standard stream: fd 0/1/2, text or binary (`.buffer`). */
class PyStdStream extends PyObject {
  constructor(type: PyType, public fd: number, public binary: boolean) {
    super(type);
  }
}

const dec = new TextDecoder();
const asStream = (v: PyValue) => v as PyStdStream;

/** write(buf[, off], len): both kinds take str and any buffer and return the bytes written. */
function write(a: PyValue[]): number {
  const s = asStream(a[0]);
  if (s.fd === 0) raise(OSError, EBADF);
  // Whole text to a text stream goes to the host as text (terminals and embedders want it).
  if (typeof a[1] === "string" && a.length === 2) {
    if (s.fd === 2) state.host.writeStderr(a[1]);
    else state.host.writeStdout(a[1]);
    return encodeUtf8(a[1]).length;
  }
  const data = writeSlice(a);
  if (s.fd === 2) state.host.writeStderr(dec.decode(data));
  else state.host.writeStdoutBytes(data);
  return data.length;
}

/** Is the last UTF-8 sequence in `b` cut short? */
function partialChar(b: Uint8Array): boolean {
  for (let i = b.length - 1, cont = 0; i >= 0 && cont < 4; i--, cont++) {
    const c = b[i];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return cont + 1 < need;
  }
  return false;
}

/** n characters of text from stdin (fewer at its end). */
function readChars(n: number): string {
  let out: Uint8Array = new Uint8Array(0);
  let want = n;
  while (want > 0) {
    let got = state.host.readBytes(want);
    if (got.length === 0) break;
    while (partialChar(got)) {
      const more = state.host.readBytes(1);
      if (more.length === 0) break;
      got = concat(got, more);
    }
    out = concat(out, got);
    want = n - [...dec.decode(out)].length;
  }
  return dec.decode(out);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

function read(a: PyValue[]): PyValue {
  const s = asStream(a[0]);
  const n = sizeArg(a, s.binary ? 1 : 0);
  if (s.binary) return new PyBytes(state.host.readBytes(n));
  if (n >= 0) return readChars(n);
  let all = "";
  for (let line = state.host.readLine(); line !== ""; line = state.host.readLine()) all += line;
  return all;
}

/** A line, or up to n bytes of one, read a byte at a time as py/stream.c does. */
function readLineBytes(n: number): Uint8Array {
  if (n < 0) return encodeUtf8(state.host.readLine());
  const parts: number[] = [];
  while (parts.length < n) {
    const b = state.host.readBytes(1);
    if (b.length === 0) break;
    parts.push(b[0]);
    if (b[0] === 10) break;
  }
  return new Uint8Array(parts);
}

function readLine(s: PyStdStream, n: number): PyValue {
  if (!s.binary && n < 0) return state.host.readLine();
  const b = readLineBytes(n);
  return s.binary ? new PyBytes(b) : dec.decode(b);
}

const isEmpty = (v: PyValue) => v === "" || (v instanceof PyBytes && v.data.length === 0);

function makeStreamType(name: string): PyType {
  return defineType({
    name,
    repr: (self) => `<io.${name} ${asStream(self).fd}>`,
    getIter: (self) => self,
    iterNext: (self) => {
      const line = readLine(asStream(self), -1);
      return isEmpty(line) ? undefined : line;
    },
    getAttr: (self, attr) => {
      const s = asStream(self);
      if (attr === "buffer" && !s.binary) {
        return s.fd === 0 ? stdinBuffer : s.fd === 1 ? stdoutBuffer : stderrBuffer;
      }
      return undefined;
    },
    methods: [
      ["__enter__", (a) => a[0], 1, 1],
      ["__exit__", () => null, 4, 4],
      [
        // The builtin next() itself in MicroPython: __next__(default) works.
        "__next__",
        (a) => {
          const line = readLine(asStream(a[0]), -1);
          if (!isEmpty(line)) return line;
          return a.length > 1 ? a[1] : raise(StopIteration);
        },
        1,
        2,
      ],
      ["close", () => null, 1, 1],
      ["read", read, 1, 2],
      [
        "readinto",
        (a) => {
          const b = writableBuffer(a[1]);
          const got = state.host.readBytes(a.length > 2 ? clipLen(a[2], b.length) : b.length);
          b.set(got);
          return got.length;
        },
        2,
        3,
      ],
      ["readline", (a) => readLine(asStream(a[0]), lineSizeArg(a)), 1, 2],
      ["write", write, 2, 4],
      ["__del__", () => null, 1, 1],
      ["fileno", (a) => asStream(a[0]).fd, 1, 1],
      ["flush", () => null, 1, 1],
      [
        "readlines",
        (a) => {
          const out: PyValue[] = [];
          for (
            let l = readLine(asStream(a[0]), -1);
            !isEmpty(l);
            l = readLine(asStream(a[0]), -1)
          ) {
            out.push(l);
          }
          return new PyList(out);
        },
        1,
        1,
      ],
      // The corpus and most uses have pipes or terminals here, where lseek fails.
      ["seek", () => raise(OSError, ESPIPE), 2, 3],
      ["tell", () => raise(OSError, ESPIPE), 1, 1],
    ],
  });
}

const textType = makeStreamType("TextIOWrapper");
const fileType = makeStreamType("FileIO");
export const stdinStream = new PyStdStream(textType, 0, false);
export const stdoutStream = new PyStdStream(textType, 1, false);
export const stderrStream = new PyStdStream(textType, 2, false);
const stdinBuffer = new PyStdStream(fileType, 0, true);
const stdoutBuffer = new PyStdStream(fileType, 1, true);
const stderrBuffer = new PyStdStream(fileType, 2, true);

/** Write a value to a file-like object: fast for the standard streams, else its .write(). */
export function writeTo(file: PyValue, text: string): void {
  if (file === stdoutStream) state.host.writeStdout(text);
  else if (file === stderrStream) state.host.writeStderr(text);
  else writeToStream(file, text);
}
