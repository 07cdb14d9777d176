// deflate: DeflateIO, a stream that decompresses what it reads from another stream and
// compresses what is written to it, in the raw, zlib and gzip formats (extmod/moddeflate.c
// with compression enabled, as in the unix port). Its methods are MicroPython's generic stream
// methods (py/stream.c): read, readinto, readline, write, close and the context manager.
import { defineType, type Kw, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { PyBytes } from "../py/obj_bytes.ts";
import { MemoryError, OSError, raise, TypeError, ValueError } from "../py/obj_exception.ts";
import { writableBuffer } from "../py/obj_memoryview.ts";
import { truthy } from "../py/runtime.ts";
import { RunningChecksum } from "./deflate_checksum.ts";
import { INFLATE_DONE, INFLATE_ERROR, Inflater } from "./deflate_inflate.ts";
import { Lz77Compressor } from "./deflate_lz77.ts";
import { byteReader, closeStream, requireStream, writeAll } from "./deflate_stream.ts";
import { uint32Arg, wordArg } from "./int_args.ts";
import { readBuffer } from "./mod_binascii.ts";

const AUTO = 0; // reading: zlib or gzip, by the header; writing: raw
const RAW = 1;
const ZLIB = 2;
const GZIP = 3;
/** The window when none is given: the smallest that MicroPython's own default allows. */
const DEFAULT_WINDOW_BITS = 8;
const EINVAL = 22;
/** read() and read(n) inflate in pieces of this size. */
const CHUNK = 16384;

interface ReadState {
  inflater: Inflater;
  eof: boolean;
}

interface WriteState {
  lz77: Lz77Compressor;
  inputLen: number;
  checksum: RunningChecksum;
}

class PyDeflateIO extends PyObject {
  /** The underlying stream; undefined once closed. */
  stream: PyValue | undefined;
  reading: ReadState | undefined = undefined;
  writing: WriteState | undefined = undefined;
  constructor(
    type: PyType,
    stream: PyValue,
    readonly format: number,
    readonly windowBits: number,
    readonly closeStream: boolean,
  ) {
    super(type);
    this.stream = stream;
  }
}

const asDeflate = (v: PyValue) => v as PyDeflateIO;

function makeNew(type: PyType, args: PyValue[], kw: Kw): PyValue {
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length < 1) raise(TypeError, "function missing 1 required positional arguments");
  if (args.length > 4) {
    raise(TypeError, `function expected at most 4 arguments, got ${args.length}`);
  }
  const format = args.length > 1 ? wordArg(args[1]) : AUTO;
  const wbits = args.length > 2 ? wordArg(args[2]) : 0;
  if (format < AUTO || format > GZIP) raise(ValueError, "format");
  if (wbits !== 0 && (wbits < 5 || wbits > 15)) raise(ValueError, "wbits");
  return new PyDeflateIO(type, args[0], format, wbits, args.length > 3 && truthy(args[3]));
}

// --- reading -------------------------------------------------------------------------------

/** Set up decompression on first use (deflateio_init_read): false when the header is not what
 * the format wants. The state is kept either way, as MicroPython keeps it. */
function startReading(self: PyDeflateIO): boolean {
  if (self.reading !== undefined) return true;
  requireStream(self.stream!, "read");
  const inflater = new Inflater(byteReader(self.stream!));
  self.reading = { inflater, eof: false };
  inflater.beginWithoutWindow();
  let bits = self.windowBits;
  if (self.format === RAW) {
    if (bits === 0) bits = DEFAULT_WINDOW_BITS;
  } else {
    const header = inflater.readHeader();
    if (header === undefined) return false;
    if (self.format === ZLIB && header.kind !== "zlib") return false;
    if (self.format === GZIP && header.kind !== "gzip") return false;
    // a smaller window than asked for is enough when the header says so
    if (bits === 0 || header.windowBits < bits) bits = header.windowBits;
  }
  inflater.begin(bits);
  return true;
}

/** One read from the stream protocol (deflateio_read): bytes into `dest`, 0 at the end. */
function readSome(self: PyDeflateIO, dest: Uint8Array): number {
  if (self.stream === undefined || !startReading(self)) return raise(OSError, EINVAL);
  const r = self.reading!;
  if (r.eof) return 0;
  const [status, n] = r.inflater.inflate(dest);
  if (status === INFLATE_DONE) r.eof = true;
  if (status === INFLATE_ERROR) raise(OSError, EINVAL);
  return n;
}

/** mp_stream_rw: read until `dest` is full or the data ends. */
function readFully(self: PyDeflateIO, dest: Uint8Array): number {
  let done = 0;
  while (done < dest.length) {
    const n = readSome(self, dest.subarray(done));
    if (n === 0) break;
    done += n;
  }
  return done;
}

/** `limit` bytes or, when it is undefined, everything left. */
function readBytes(self: PyDeflateIO, limit: number | undefined): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (limit === undefined || total < limit) {
    const want = limit === undefined ? CHUNK : Math.min(CHUNK, limit - total);
    const chunk = new Uint8Array(want);
    const n = readFully(self, chunk);
    parts.push(chunk.subarray(0, n));
    total += n;
    if (n < want) break;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** MicroPython sizes a buffer from a negative count as a huge unsigned one, and fails. */
function hugeAllocation(bytes: number): never {
  return raise(MemoryError, `memory allocation failed, allocating ${bytes} bytes`);
}

function read(a: PyValue[]): PyValue {
  const self = asDeflate(a[0]);
  const n = a.length > 1 ? wordArg(a[1]) : -1;
  if (n < -1) hugeAllocation(2 ** 32 + n + 1);
  return new PyBytes(readBytes(self, n === -1 ? undefined : n));
}

function readinto(a: PyValue[]): PyValue {
  const self = asDeflate(a[0]);
  let buf = writableBuffer(a[1]);
  // a negative count is a huge unsigned one: the whole buffer
  if (a.length > 2) {
    const n = wordArg(a[2]);
    if (n >= 0 && n < buf.length) buf = buf.subarray(0, n);
  }
  return readFully(self, buf);
}

/** mp_stream_unbuffered_readline: a byte at a time up to a newline. */
function readline(a: PyValue[]): PyValue {
  const self = asDeflate(a[0]);
  const max = a.length > 1 ? wordArg(a[1]) : -1;
  if (max < -1) hugeAllocation(2 ** 32 + max);
  const line: number[] = [];
  const one = new Uint8Array(1);
  while (max < 0 || line.length < max) {
    if (readSome(self, one) === 0) break;
    line.push(one[0]);
    if (one[0] === 10) break;
  }
  return new PyBytes(Uint8Array.from(line));
}

// --- writing -------------------------------------------------------------------------------

/** Set up compression on first use (deflateio_init_write): the header goes out at once. */
function startWriting(self: PyDeflateIO): WriteState {
  if (self.writing !== undefined) return self.writing;
  const stream = self.stream!;
  requireStream(stream, "write");
  const bits = self.windowBits === 0 ? DEFAULT_WINDOW_BITS : self.windowBits;
  const checksum = new RunningChecksum(
    self.format === ZLIB ? "adler32" : self.format === GZIP ? "crc32" : "none",
  );
  const w: WriteState = { lz77: new Lz77Compressor(bits), inputLen: 0, checksum };
  self.writing = w;
  let header: number[] = [];
  if (self.format === ZLIB) {
    // CM 8 (deflate), CINFO the window's log2 - 8 (at least 1), FLEVEL 2, FCHECK to make the
    // pair a multiple of 31
    const cmf = 0x08 | (Math.max(bits - 8, 1) << 4);
    const flg = 0x80;
    header = [cmf, flg | (31 - ((cmf * 256 + flg) % 31))];
  } else if (self.format === GZIP) {
    // no flags, mtime 0, XFL 4 (fastest), OS 3 (unix)
    header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 3];
  }
  try {
    writeAll(stream, Uint8Array.from(header));
  } catch (e) {
    // a stream that reports an error code here makes it EINVAL
    if (e instanceof PyObject && e.type === OSError) raise(OSError, EINVAL);
    throw e;
  }
  w.lz77.start();
  return w;
}

function write(a: PyValue[]): PyValue {
  const self = asDeflate(a[0]);
  let data = readBuffer(a[1]);
  if (a.length === 3) {
    data = data.subarray(0, uint32Arg(a[2]));
  } else if (a.length === 4) {
    const off = Math.min(uint32Arg(a[2]), data.length);
    data = data.subarray(off, off + uint32Arg(a[3]));
  }
  // nothing to write is not a write: no header either
  if (data.length === 0) return 0;
  if (self.stream === undefined) raise(OSError, EINVAL);
  const w = startWriting(self);
  w.inputLen = (w.inputLen + data.length) >>> 0;
  w.checksum.update(data);
  w.lz77.compress(data);
  writeAll(self.stream!, w.lz77.take(), true);
  return data.length;
}

function u32le(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
}

/** Finish the compressed stream (end of block, trailer) and let go of the stream. */
function close(a: PyValue[]): PyValue {
  const self = asDeflate(a[0]);
  const stream = self.stream;
  if (stream === undefined) return null;
  let failure: unknown;
  const w = self.writing;
  if (w !== undefined) {
    w.lz77.finish();
    writeAll(stream, w.lz77.take(), true);
    const sum = w.checksum.value;
    const trailer = self.format === ZLIB
      ? u32le(sum).reverse()
      : self.format === GZIP
      ? [...u32le(sum), ...u32le(w.inputLen)]
      : [];
    try {
      writeAll(stream, Uint8Array.from(trailer));
    } catch (e) {
      failure = e;
    }
  }
  if (self.closeStream) closeStream(stream);
  self.stream = undefined;
  if (failure !== undefined) throw failure;
  return null;
}

export const deflateIOType: PyType = defineType({
  name: "DeflateIO",
  makeNew,
  repr: () => "<DeflateIO>",
  methods: [
    ["read", read, 1, 2],
    ["readinto", readinto, 2, 3],
    ["readline", readline, 1, 2],
    ["write", write, 2, 4],
    ["close", close, 1, 1],
    ["__enter__", (a) => a[0], 1, 1],
    ["__exit__", close, 4, 4],
  ],
});

export function makeDeflateModule(): [string, PyValue][] {
  return [
    ["DeflateIO", deflateIOType],
    ["AUTO", AUTO],
    ["RAW", RAW],
    ["ZLIB", ZLIB],
    ["GZIP", GZIP],
  ];
}
