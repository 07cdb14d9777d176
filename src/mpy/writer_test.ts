import { deepStrictEqual as assertEquals } from "node:assert/strict";
import type { CompiledModule, PyConst, RawCode, RawCodeKindValue } from "../py/raw_code.ts";
import { complexRepr, floatRepr, STATIC_QSTRS, writeMpy } from "./writer.ts";
import { encodeVsint, encodeVuint } from "../py/emit_bc_encode.ts";

const VECTORS = new URL("./testdata/vectors", import.meta.url).pathname;
const utf8 = new TextDecoder();

/** Test-only decoder: just enough to rebuild a CompiledModule from a vector file. */
function decode(bytes: Uint8Array): CompiledModule {
  let p = 4;
  const vuint = (): number => {
    let n = 0;
    for (;;) {
      const b = bytes[p++];
      n = n * 128 + (b & 0x7f);
      if (!(b & 0x80)) return n;
    }
  };
  const text = (): string => {
    const n = vuint();
    const s = utf8.decode(bytes.subarray(p, p + n));
    p += n;
    return s;
  };
  const obj = (): PyConst => {
    const t = bytes[p++];
    switch (t) {
      case 0:
        return { kind: "funtable" };
      case 1:
        return { kind: "none" };
      case 2:
        return { kind: "false" };
      case 3:
        return { kind: "true" };
      case 4:
        return { kind: "ellipsis" };
      case 5: {
        const s = text();
        p++;
        return { kind: "str", value: s };
      }
      case 6: {
        const n = vuint();
        const v = bytes.slice(p, p + n);
        p += n + 1;
        return { kind: "bytes", value: v };
      }
      case 7:
        return { kind: "int", value: BigInt(text()) };
      case 8:
        return { kind: "float", value: Number(text().replace("inf", "Infinity")) };
      case 9: {
        const s = text();
        return { kind: "complex", real: 0, imag: Number(s.slice(0, -1)) };
      }
      default: {
        const n = vuint();
        const items: PyConst[] = [];
        for (let i = 0; i < n; i++) items.push(obj());
        return { kind: "tuple", items };
      }
    }
  };
  const raw = (): RawCode => {
    const kl = vuint();
    const kind = ((kl & 3) + 2) as RawCodeKindValue;
    const len = Math.floor(kl / 8);
    const rc: RawCode = { kind, data: bytes.slice(p, p + len), children: [] };
    p += len;
    if (kind === 3) rc.preludeOffset = vuint();
    if (kind === 4) rc.scopeFlags = vuint();
    if (kind === 5) {
      rc.scopeFlags = vuint();
      rc.nPosArgs = vuint();
      rc.typeSig = vuint();
    }
    if (kl & 4) {
      const n = vuint();
      for (let i = 0; i < n; i++) rc.children.push(raw());
    }
    return rc;
  };
  const arch = bytes[2] >> 2 & 0xf;
  const nq = vuint();
  const no = vuint();
  const qstrs: string[] = [];
  for (let i = 0; i < nq; i++) {
    const v = vuint();
    if (v & 1) qstrs.push(STATIC_QSTRS[(v >> 1) - 1]);
    else {
      const n = v >> 1;
      qstrs.push(utf8.decode(bytes.subarray(p, p + n)));
      p += n + 1;
    }
  }
  const constants: PyConst[] = [];
  for (let i = 0; i < no; i++) constants.push(obj());
  const rawCode = raw();
  assertEquals(p, bytes.length, "trailing bytes");
  return { qstrs, constants, rawCode, arch, smallIntBits: bytes[3] };
}

Deno.test("writeMpy reproduces every vector .mpy byte for byte", () => {
  let count = 0;
  const failed: string[] = [];
  for (const e of [...Deno.readDirSync(VECTORS)].sort((a, b) => a.name < b.name ? -1 : 1)) {
    if (!e.name.endsWith(".mpy")) continue;
    const bytes = Deno.readFileSync(`${VECTORS}/${e.name}`);
    const same = bytesEqual(writeMpy(decode(bytes)), bytes);
    if (!same) failed.push(e.name);
    count++;
  }
  assertEquals(count > 70, true);
  assertEquals(failed, []);
});

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

Deno.test("vuint and vsint encodings match spec examples", () => {
  const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join(" ");
  assertEquals(hex(encodeVuint(0)), "00");
  assertEquals(hex(encodeVuint(127)), "7f");
  assertEquals(hex(encodeVuint(128)), "81 00");
  assertEquals(hex(encodeVuint(300)), "82 2c");
  assertEquals(hex(encodeVuint(0x384)), "87 04");
  const sints: [number, string][] = [
    [48, "30"],
    [64, "80 40"],
    [100, "80 64"],
    [1000, "87 68"],
    [12345, "80 e0 39"],
    [-17, "6f"],
    [-123, "ff 05"],
    [-128, "ff 00"],
    [0, "00"],
    [-1, "7f"],
  ];
  for (const [n, h] of sints) assertEquals(hex(encodeVsint(n)), h, String(n));
});

Deno.test("float and complex repr follow Python", () => {
  const cases: [number, string][] = [
    [1.5, "1.5"],
    [1e16, "1e+16"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [123456789012345.6, "123456789012345.6"],
    [-0, "-0.0"],
    [2.5e-300, "2.5e-300"],
    [1e22, "1e+22"],
    [100.0, "100.0"],
  ];
  for (const [x, s] of cases) assertEquals(floatRepr(x), s);
  assertEquals(complexRepr(0, 4), "4j");
  assertEquals(complexRepr(0, 0.5), "0.5j");
});
