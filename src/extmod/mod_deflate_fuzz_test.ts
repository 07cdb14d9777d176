// Differential fuzz of the deflate module against the reference MicroPython (WebAssembly
// build): generated data compressed in every format, window size and write chunking (the
// compressed bytes must be the same), compressed then read back with every format, window and
// read method, and streams made by zlib (stored, fixed and dynamic blocks; zlib and gzip
// headers with every optional field) read as they are and mutated into every kind of
// malformed. Every case's result (lengths and CRCs of what came out, how much of the source
// was left unread, or the exception) must be the same.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import zlib from "node:zlib";
import { assertKindsReached, compareWithReference } from "./differential_test_support.ts";
import { rng } from "../fs/test_support.ts";
import { crc32 } from "./mod_binascii.ts";
import { INFLATE_OK, Inflater } from "./deflate_inflate.ts";

const SEED = 0xdef1a7e;
const CASES = 3000;
const BATCH = 500;

const WBITS = [0, 0, 0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

function hex(data: Uint8Array): string {
  return Array.from(data, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Would reading `stream` meet an undecodable distance code (whose outcome MicroPython leaves
 * to memory outside its tables)? Reads as DeflateIO does, for the same format and window. */
function undefinedOutcome(stream: Uint8Array, format: number, wbits: number): boolean {
  let at = 0;
  const inflater = new Inflater(() => {
    if (at >= stream.length) throw new Error("end");
    return stream[at++];
  });
  try {
    let bits = wbits;
    if (format === 1) bits ||= 8;
    else {
      const header = inflater.readHeader();
      if (header === undefined) return false;
      if (bits === 0 || header.windowBits < bits) bits = header.windowBits;
    }
    inflater.begin(bits);
    while (inflater.inflate(new Uint8Array(4096))[0] === INFLATE_OK);
  } catch {
    // the end of the stream
  }
  return inflater.undefinedDistance;
}

function generator(seed: number) {
  const rand = rng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => rand() < p;

  // --- data to compress --------------------------------------------------------------------
  const WORDS = ["the ", "quick ", "brown ", "fox ", "\n", "abc", "aaaa", "\x00\x00", "\xff"];
  const data = (): Uint8Array => {
    const size = pick([0, 1, 2, 3, 5, 10, 40, 100, 300, 700, 1500, 3000]);
    const out = new Uint8Array(size);
    const kind = int(5);
    for (let i = 0; i < size;) {
      if (kind === 0) out[i++] = int(256); // noise
      else if (kind === 1) out[i++] = 97 + int(3); // small alphabet
      else if (kind === 2 || kind === 3) {
        // words, and repeats from far back (beyond small windows)
        const far = kind === 3 && i > 300 && chance(0.2);
        if (far) {
          const from = int(i - 260);
          const n = Math.min(3 + int(300), size - i);
          for (let k = 0; k < n; k++) out[i + k] = out[from + k];
          i += n;
        } else {
          for (const c of pick(WORDS)) if (i < size) out[i++] = c.charCodeAt(0);
        }
      } else {
        // long runs
        const b = int(256);
        for (let n = 1 + int(400); n > 0 && i < size; n--) out[i++] = b;
      }
    }
    return out;
  };

  // --- streams made by zlib -------------------------------------------------------------
  const rawDeflate = (d: Uint8Array): Uint8Array => {
    const c = zlib.constants;
    const opts = {
      level: pick([0, 1, 6, 9]),
      windowBits: pick([9, 10, 12, 15]),
      memLevel: pick([1, 8, 9]),
      strategy: pick([c.Z_DEFAULT_STRATEGY, c.Z_FIXED, c.Z_HUFFMAN_ONLY, c.Z_RLE, c.Z_FILTERED]),
    };
    // several flushes make several blocks
    if (chance(0.3) && d.length > 10) {
      const half = int(d.length);
      const def = zlib.deflateRawSync(d.subarray(0, half), {
        ...opts,
        finishFlush: c.Z_FULL_FLUSH,
      });
      const rest = zlib.deflateRawSync(d.subarray(half), opts);
      return new Uint8Array([...def, ...rest]);
    }
    return new Uint8Array(zlib.deflateRawSync(d, opts));
  };
  const le32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
  const wrapped = (d: Uint8Array, raw: Uint8Array): [Uint8Array, number] => {
    const r = int(10);
    if (r < 3) return [raw, 1];
    if (r < 6) {
      // zlib: a header for any window, the Adler-32 trailer of zlib's own stream
      const cinfo = pick([0, 1, 2, 4, 7]);
      const cmf = (cinfo << 4) | 8;
      const flg = 31 - ((cmf * 256) % 31);
      const full = new Uint8Array(zlib.deflateSync(d));
      const trailer = full.subarray(full.length - 4);
      return [new Uint8Array([cmf, flg, ...raw, ...trailer]), chance(0.5) ? 2 : 0];
    }
    // gzip with optional fields
    const flags = pick([0, 0, 2, 4, 8, 16, 30, 1]);
    const header = [0x1f, 0x8b, 8, flags, 1, 2, 3, 4, 0, 3];
    if (flags & 4) header.push(3, 0, 120, 121, 122);
    if (flags & 8) header.push(...[..."name.txt"].map((c) => c.charCodeAt(0)), 0);
    if (flags & 16) header.push(...[..."a comment"].map((c) => c.charCodeAt(0)), 0);
    if (flags & 2) header.push(0xab, 0xcd);
    const stream = [...header, ...raw, ...le32(crc32(d, 0)), ...le32(d.length)];
    return [new Uint8Array(stream), chance(0.5) ? 3 : 0];
  };
  const mutate = (s: Uint8Array): Uint8Array => {
    const bytes = [...s];
    for (let n = 1 + int(3); n > 0; n--) {
      const i = int(bytes.length + 1);
      const r = rand();
      if (r < 0.35 && i < bytes.length) bytes[i] ^= 1 << int(8);
      else if (r < 0.5 && i < bytes.length) bytes[i] = int(256);
      else if (r < 0.65) bytes.splice(i, 0, int(256));
      else if (r < 0.8) bytes.splice(i, 1 + int(3));
      else if (r < 0.9) bytes.length = i;
      else bytes.push(...[1, 2, 3].slice(0, 1 + int(3)));
    }
    return new Uint8Array(bytes);
  };
  const readArgs = () => [pick(WBITS), int(5), pick([1, 2, 7, 64, 1000])];

  return (): string => {
    const r = rand();
    const d = data();
    if (r < 0.3) {
      const chunk = pick([0, 0, 1, 3, 17, 100, 1000]);
      return `(0, H("${hex(d)}"), ${pick([0, 1, 2, 3])}, ${pick(WBITS)}, ${chunk})`;
    }
    if (r < 0.5) {
      const w = [pick([0, 1, 2, 3]), pick(WBITS), pick([0, 0, 5, 300])];
      return `(1, H("${hex(d)}"), ${w.join(", ")}, ${pick([0, 1, 2, 3])}, ${
        readArgs().join(", ")
      })`;
    }
    for (;;) {
      let [stream, format] = wrapped(d, rawDeflate(d));
      if (r < 0.9) stream = mutate(stream);
      if (r >= 0.97) stream = new Uint8Array(Array.from({ length: int(40) }, () => int(256)));
      const args = readArgs();
      if (undefinedOutcome(stream, format, args[0])) continue;
      return `(2, H("${hex(stream)}"), ${format}, ${args.join(", ")})`;
    }
  };
}

const PRELUDE = `
import deflate, io, binascii
H = bytes.fromhex
def comp(data, fmt, wbits, chunk):
    b = io.BytesIO()
    d = deflate.DeflateIO(b, fmt, wbits)
    if chunk:
        for i in range(0, len(data), chunk):
            d.write(data[i:i + chunk])
    else:
        d.write(data)
    d.close()
    return b.getvalue()
def desc(v):
    if len(v) <= 40:
        return binascii.hexlify(v).decode()
    return "%d:%08x" % (len(v), binascii.crc32(v))
def drain(d, method, n):
    if method == 0:
        return d.read()
    out = b""
    buf = bytearray(n)
    while True:
        if method == 1:
            c = d.read(n)
        elif method == 2:
            c = buf[:d.readinto(buf)]
        elif method == 3:
            c = d.readline()
        else:
            c = d.readline(n)
        if not c:
            return out
        out += c
def inflate(src, fmt, wbits, method, n):
    s = io.BytesIO(src)
    d = deflate.DeflateIO(s, fmt, wbits)
    try:
        r = desc(drain(d, method, n))
    except Exception as e:
        r = type(e).__name__ + ":" + str(e)
    return r + " rest=%d" % len(s.read())
def run(c):
    try:
        if c[0] == 0:
            return desc(comp(*c[1:]))
        if c[0] == 1:
            return inflate(comp(*c[1:5]), *c[5:])
        return inflate(*c[1:])
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
`;

function program(cases: string[]): string {
  return PRELUDE + "for c in (\n" + cases.map((c) => c + ",").join("\n") +
    "\n):\n    print(run(c))\n";
}

Deno.test(`deflate: ${CASES} generated streams agree with the reference`, async () => {
  const { mismatches, kinds } = await compareWithReference({
    cases: Array.from({ length: CASES }, generator(SEED)),
    batch: BATCH,
    program,
    file: "deflate_fuzz.py",
    kindOf: (line) => /^(\w+Error)/.exec(line)?.[1] ?? "result",
    show: (c) => c.slice(0, 300),
  });
  if (Deno.env.get("DEFLATE_FUZZ_LOG")) {
    Deno.writeTextFileSync(Deno.env.get("DEFLATE_FUZZ_LOG")!, mismatches.join("\n"));
  }
  assertEquals(mismatches.slice(0, 8).join("\n"), "", `${mismatches.length} mismatches`);
  assertKindsReached(kinds, [["result", 1500], ["OSError", 200], ["EOFError", 100]]);
});
