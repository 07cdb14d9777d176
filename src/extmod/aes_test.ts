// Known-answer tests: FIPS-197 appendix C (one block per key size) and NIST SP 800-38A
// appendix F (four blocks in ECB, CBC and CTR, AES-128 and AES-256), then random data against
// node:crypto.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createCipheriv } from "node:crypto";
import { Aes, cbc, ctr, CtrState, ecb } from "./aes.ts";

const hex = (s: string) => Uint8Array.from(s.match(/../g)!, (h) => parseInt(h, 16));
const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

Deno.test("FIPS-197 appendix C single blocks", () => {
  const plain = hex("00112233445566778899aabbccddeeff");
  const cases: [string, string][] = [
    ["000102030405060708090a0b0c0d0e0f", "69c4e0d86a7b0430d8cdb78070b4c55a"],
    ["000102030405060708090a0b0c0d0e0f1011121314151617", "dda97ca4864cdfe06eaf70a0ec0d7191"],
    [
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
      "8ea2b7ca516745bfeafc49904b496089",
    ],
  ];
  for (const [key, cipher] of cases) {
    const aes = new Aes(hex(key));
    const out = new Uint8Array(16);
    aes.encryptBlock(plain, 0, out, 0);
    assertEquals(toHex(out), cipher);
    aes.decryptBlock(out, 0, out, 0);
    assertEquals(out, plain);
  }
});

const PLAIN = hex(
  "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51" +
    "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
);
const KEY128 = hex("2b7e151628aed2a6abf7158809cf4f3c");
const KEY256 = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
const IV = hex("000102030405060708090a0b0c0d0e0f");
const COUNTER = hex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");

/** [mode, key, expected ciphertext] from SP 800-38A F.1.1/F.1.5, F.2.1/F.2.5, F.5.1/F.5.5. */
const SP800_38A: [string, Uint8Array, string][] = [
  [
    "ecb",
    KEY128,
    "3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf" +
    "43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4",
  ],
  [
    "ecb",
    KEY256,
    "f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870" +
    "b6ed21b99ca6f4f9f153e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7",
  ],
  [
    "cbc",
    KEY128,
    "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2" +
    "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7",
  ],
  [
    "cbc",
    KEY256,
    "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d" +
    "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b",
  ],
  [
    "ctr",
    KEY128,
    "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff" +
    "5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee",
  ],
  [
    "ctr",
    KEY256,
    "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5" +
    "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6",
  ],
];

function run(mode: string, key: Uint8Array, input: Uint8Array, encrypt: boolean): Uint8Array {
  const aes = new Aes(key);
  const out = new Uint8Array(input.length);
  if (mode === "ecb") ecb(aes, input, out, encrypt);
  else if (mode === "cbc") cbc(aes, IV.slice(), input, out, encrypt);
  else ctr(aes, new CtrState(COUNTER), input, out);
  return out;
}

Deno.test("SP 800-38A ECB/CBC/CTR vectors, both directions", () => {
  for (const [mode, key, cipher] of SP800_38A) {
    assertEquals(toHex(run(mode, key, PLAIN, true)), cipher, `${mode} ${key.length}`);
    assertEquals(run(mode, key, hex(cipher), false), PLAIN, `${mode} ${key.length}`);
  }
});

Deno.test("CBC chains and CTR streams across calls like one call", () => {
  const aes = new Aes(KEY128);
  const iv = IV.slice();
  const out = new Uint8Array(64);
  cbc(aes, iv, PLAIN.subarray(0, 16), out.subarray(0, 16), true);
  cbc(aes, iv, PLAIN.subarray(16), out.subarray(16), true);
  assertEquals(toHex(out), SP800_38A[2][2]);
  const st = new CtrState(COUNTER);
  for (const [a, b] of [[0, 5], [5, 21], [21, 21], [21, 64]]) {
    ctr(aes, st, PLAIN.subarray(a, b), out.subarray(a, b));
  }
  assertEquals(toHex(out), SP800_38A[4][2]);
});

Deno.test("in-place CBC decryption and counter carry", () => {
  const aes = new Aes(KEY128);
  const buf = hex(SP800_38A[2][2]);
  cbc(aes, IV.slice(), buf, buf, false);
  assertEquals(buf, PLAIN);
  const st = new CtrState(hex("000000000000000000000000000000ff"));
  ctr(aes, st, new Uint8Array(32), new Uint8Array(32));
  assertEquals(toHex(st.counter), "00000000000000000000000000000101");
  const wrap = new CtrState(new Uint8Array(16).fill(0xff));
  ctr(aes, wrap, new Uint8Array(1), new Uint8Array(1));
  assertEquals(toHex(wrap.counter), "00000000000000000000000000000000");
});

Deno.test("random keys, IVs and data against node:crypto", () => {
  const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
  for (let trial = 0; trial < 200; trial++) {
    const mode = ["ecb", "cbc", "ctr"][Math.floor(trial / 3) % 3];
    // Deno's node:crypto has no aes-192-cbc
    const keyLen = [16, mode === "cbc" ? 32 : 24, 32][trial % 3];
    const key = random(keyLen), iv = random(16);
    if (trial % 7 === 0) iv.fill(0xff, 8); // counter carries across the low 64 bits
    const n = mode === "ctr" ? Math.floor(Math.random() * 100) : 16 * Math.floor(Math.random() * 6);
    const data = random(n);
    const node = createCipheriv(`aes-${keyLen * 8}-${mode}`, key, mode === "ecb" ? null : iv);
    node.setAutoPadding(false);
    const want = new Uint8Array([...node.update(data), ...node.final()]);
    const aes = new Aes(key);
    const got = new Uint8Array(n);
    if (mode === "ecb") ecb(aes, data, got, true);
    else if (mode === "cbc") cbc(aes, iv.slice(), data, got, true);
    else ctr(aes, new CtrState(iv), data, got);
    assertEquals(toHex(got), toHex(want), `${mode} ${keyLen}`);
    const back = new Uint8Array(n);
    if (mode === "ecb") ecb(aes, got, back, false);
    else if (mode === "cbc") cbc(aes, iv.slice(), got, back, false);
    else ctr(aes, new CtrState(iv), got, back);
    assertEquals(back, data);
  }
});
