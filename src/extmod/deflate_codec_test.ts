// The DEFLATE codec against zlib on larger inputs than the differential fuzz sends through the
// reference: what our compressor makes, zlib inflates; what zlib makes (every level and
// window), our inflater reads back, in output pieces of any size, with checksums checked.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import zlib from "node:zlib";
import { rng } from "../fs/test_support.ts";
import { Lz77Compressor } from "./deflate_lz77.ts";
import { INFLATE_DONE, INFLATE_ERROR, INFLATE_OK, Inflater } from "./deflate_inflate.ts";

function sample(seed: number, size: number): Uint8Array {
  const rand = rng(seed);
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    // text-like with repeats at every distance
    out[i] = i > 40000 && rand() < 0.7
      ? out[i - 1 - Math.floor(rand() * 40000)]
      : 97 + (i * 7 + Math.floor(rand() * 4)) % 26;
  }
  return out;
}

function inflateAll(stream: Uint8Array, piece: number): { data: Uint8Array; used: number } {
  let at = 0;
  const inf = new Inflater(() => {
    if (at >= stream.length) throw new Error("end of stream");
    return stream[at++];
  });
  const header = inf.readHeader()!;
  inf.begin(header.windowBits);
  const parts: number[] = [];
  for (;;) {
    const buf = new Uint8Array(piece);
    const [status, n] = inf.inflate(buf);
    if (status === INFLATE_ERROR) throw new Error("inflate error");
    parts.push(...buf.subarray(0, n));
    if (status === INFLATE_DONE) break;
    assertEquals(status, INFLATE_OK);
  }
  return { data: Uint8Array.from(parts), used: at };
}

Deno.test("deflate: zlib streams of every level inflate, in any piece size", () => {
  const data = sample(7, 120_000);
  for (const level of [0, 1, 6, 9]) {
    for (const windowBits of [9, 12, 15]) {
      const z = new Uint8Array(zlib.deflateSync(data, { level, windowBits }));
      const piece = [1, 100, 65536][level % 3];
      const { data: back, used } = inflateAll(z, piece);
      assertEquals(back.length, data.length);
      assertEquals(back, data);
      assertEquals(used, z.length);
    }
  }
  const g = new Uint8Array(zlib.gzipSync(data));
  assertEquals(inflateAll(g, 4096).data, data);
});

Deno.test("deflate: the compressor's output inflates in zlib, in one write or many", () => {
  const data = sample(9, 60_000);
  for (const windowBits of [5, 8, 12, 15]) {
    for (const chunk of [data.length, 1000, 7]) {
      const c = new Lz77Compressor(windowBits);
      c.start();
      const parts: Uint8Array[] = [];
      for (let i = 0; i < data.length; i += chunk) {
        c.compress(data.subarray(i, i + chunk));
        parts.push(c.take());
      }
      c.finish();
      parts.push(c.take());
      const raw = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      parts.reduce((at, p) => (raw.set(p, at), at + p.length), 0);
      assertEquals(new Uint8Array(zlib.inflateRawSync(raw)), data);
      if (chunk === data.length && windowBits === 15) assertEquals(raw.length < data.length, true);
    }
  }
});
