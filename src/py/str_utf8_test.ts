import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { decodeUtf8Loose, encodeUtf8, pairAt } from "./str_utf8.ts";

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
  assertEquals(decodeUtf8Loose(new Uint8Array([0xed, 0xa0, 0x80])), "\ud800");
  assertEquals(decodeUtf8Loose(new Uint8Array([0x61, 0xed, 0xbf, 0xbf])), "a\udfff");
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
