import { deepStrictEqual as assertEquals } from "node:assert/strict";
import {
  cpText,
  decodeUtf8Loose,
  encodeUtf8,
  mpCodePoint,
  pairAt,
  strCompare,
} from "./str_utf8.ts";

Deno.test("encodeUtf8 keeps lone surrogates as 3-byte sequences", () => {
  assertEquals([...encodeUtf8("a\ud800b")], [0x61, 0xed, 0xa0, 0x80, 0x62]);
  assertEquals([...encodeUtf8("\udfff")], [0xed, 0xbf, 0xbf]);
  assertEquals([...encodeUtf8("\udc00\ud800")], [0xed, 0xb0, 0x80, 0xed, 0xa0, 0x80]);
  // A pair is one astral character, as TextEncoder encodes it.
  assertEquals([...encodeUtf8("\ud83d\ude00\ud800")], [0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80]);
});

Deno.test("encodeUtf8 and decodeUtf8Loose agree with TextEncoder on random text", () => {
  const enc = new TextEncoder();
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  for (let k = 0; k < 300; k++) {
    let s = "";
    for (let i = rnd(12); i > 0; i--) {
      const pick = rnd(4);
      s += String.fromCodePoint(
        pick === 0
          ? rnd(0x80)
          : pick === 1
          ? rnd(0x800)
          : pick === 2
          ? 0xe000 + rnd(0x1000)
          : 0x10000 + rnd(0x1000),
      );
    }
    assertEquals(encodeUtf8(s), enc.encode(s));
    assertEquals(decodeUtf8Loose(enc.encode(s)), s);
  }
});

Deno.test("decodeUtf8Loose takes what MicroPython's utf8_check takes", () => {
  // encoded surrogates decode to their stand-ins
  assertEquals(decodeUtf8Loose(new Uint8Array([0xed, 0xa0, 0x80])), cpText(0xd800));
  assertEquals(decodeUtf8Loose(new Uint8Array([0x61, 0xed, 0xbf, 0xbf])), "a" + cpText(0xdfff));
  assertEquals(decodeUtf8Loose(new Uint8Array([0x80])), undefined);
  assertEquals(decodeUtf8Loose(new Uint8Array([0xe2, 0x82])), undefined);
  assertEquals(decodeUtf8Loose(new Uint8Array([0xf8, 0x80, 0x80, 0x80])), undefined);
});

Deno.test("pairAt finds only a high surrogate followed by a low one", () => {
  assertEquals(pairAt("\ud83d\ude00", 0), true);
  assertEquals(pairAt("\ud83d\ude00", 1), false);
  assertEquals(pairAt("\ud800a", 0), false);
  assertEquals(pairAt("\ud800", 0), false);
  assertEquals(pairAt("\udc00\ud800", 0), false);
});

Deno.test("strCompare orders strs as their UTF-8 bytes do", () => {
  let seed = 11;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const cps = [
    0x41,
    0xe9,
    0xd7ff,
    0xd800,
    0xdbff,
    0xdc00,
    0xdfff,
    0xe000,
    0xffff,
    0x10000,
    0x1f600,
  ];
  const text = () => {
    let s = "";
    for (let i = rnd(4); i > 0; i--) s += String.fromCodePoint(cps[rnd(cps.length)]);
    return s;
  };
  const byteOrder = (a: Uint8Array, b: Uint8Array) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  };
  for (let k = 0; k < 3000; k++) {
    const a = text(), b = text();
    const want = Math.sign(byteOrder(encodeUtf8(a), encodeUtf8(b)));
    assertEquals([a, b, Math.sign(strCompare(a, b))], [a, b, want]);
  }
  assertEquals(strCompare("\uffff", "\u{1f600}") < 0, true); // JS's own < says otherwise
});

Deno.test("surrogate code points travel as stand-ins that stay two characters apart", () => {
  const hi = cpText(0xd83d), lo = cpText(0xde00);
  assertEquals([hi.length, mpCodePoint(hi.codePointAt(0)!)], [2, 0xd83d]);
  assertEquals(hi + lo === "\u{1f600}", false); // not one astral character, as in JS
  assertEquals([...encodeUtf8(hi + lo)], [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
  assertEquals(decodeUtf8Loose(encodeUtf8(hi + "x" + lo)), hi + "x" + lo);
  assertEquals([cpText(0xd7ff), cpText(0xe000), cpText(0x41)], ["\ud7ff", "\ue000", "A"]);
  assertEquals([mpCodePoint(0x1f600), mpCodePoint(0x4d7ff), mpCodePoint(0x4e000)], [
    0x1f600,
    0x4d7ff,
    0x4e000,
  ]);
  // a surrogate sorts below U+E000 and astral characters, as its UTF-8 bytes do
  assertEquals([strCompare(hi, "\ue000") < 0, strCompare(lo, "\u{10000}") < 0], [true, true]);
  assertEquals(strCompare(hi, "\ud7ff") > 0, true);
});
