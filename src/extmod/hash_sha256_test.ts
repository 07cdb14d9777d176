// SHA-256 against node:crypto: every length across the padding boundaries, then random data
// of random lengths (0..10000) fed in random chunks.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createHash } from "node:crypto";
import { rng } from "../fs/test_support.ts";
import { Sha256 } from "./hash_sha256.ts";

const hex = (d: Uint8Array) => Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
const reference = (d: Uint8Array) => createHash("sha256").update(d).digest("hex");

function randomBytes(next: () => number, n: number): Uint8Array {
  const d = new Uint8Array(n);
  for (let i = 0; i < n; i++) d[i] = Math.floor(next() * 256);
  return d;
}

Deno.test("sha256: FIPS 180-2 vectors", () => {
  const enc = new TextEncoder();
  const h = (s: string) => {
    const x = new Sha256();
    x.update(enc.encode(s));
    return hex(x.digest());
  };
  assertEquals(h(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assertEquals(h("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assertEquals(
    h("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  );
});

Deno.test("sha256: one update of every length 0..300", () => {
  const next = rng(1);
  for (let n = 0; n <= 300; n++) {
    const d = randomBytes(next, n);
    const x = new Sha256();
    x.update(d);
    assertEquals(hex(x.digest()), reference(d), `length ${n}`);
  }
});

Deno.test("sha256: random lengths 0..10000 in random chunks", () => {
  const next = rng(2);
  for (let round = 0; round < 400; round++) {
    const n = Math.floor(next() * 10001);
    const d = randomBytes(next, n);
    const x = new Sha256();
    let i = 0;
    while (i < n) {
      // chunks of 0..200 bytes, so partial blocks are filled and emptied in every way
      const k = Math.min(n - i, Math.floor(next() * 201));
      x.update(d.subarray(i, i + k));
      i += k;
    }
    assertEquals(hex(x.digest()), reference(d), `round ${round}, length ${n}`);
  }
});

Deno.test("sha256: a view into a larger buffer hashes only its bytes", () => {
  const next = rng(3);
  const big = randomBytes(next, 5000);
  const view = big.subarray(123, 4321);
  const x = new Sha256();
  x.update(view);
  assertEquals(hex(x.digest()), reference(view.slice()));
});
