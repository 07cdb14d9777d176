import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { PyBaseException } from "./obj_exception.ts";
import { PyBytes } from "./obj_bytes.ts";
import { PyFloat } from "./obj_float.ts";
import { str } from "./runtime.ts";
import { clipLen, lineSizeArg, sizeArg, writeSlice } from "./stream_args.ts";

function pyErr(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${str(e)}`;
    throw e;
  }
  return "no error";
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);

Deno.test("write(buf[, off], len) clips as py/stream.c does", () => {
  const data = new PyBytes(new TextEncoder().encode("0123456789"));
  const cases: [number[], string][] = [
    [[], "0123456789"],
    [[3], "012"],
    [[20], "0123456789"],
    [[-1], "0123456789"], // a negative length is a huge unsigned one
    [[2, 3], "234"],
    [[8, 5], "89"],
    [[10, 1], ""],
    [[11, 1], ""], // the offset is clipped to the end
    [[3, -1], "3456789"],
    [[-1, 2], ""], // so is a negative offset
  ];
  for (const [args, want] of cases) {
    assertEquals(text(writeSlice([null, data, ...args])), want, JSON.stringify(args));
  }
  assertEquals(text(writeSlice([null, "h\u00e9", 2])), "h\ufffd"); // counts bytes
  assertEquals(
    pyErr(() => writeSlice([null, 5])),
    "TypeError: object with buffer protocol required",
  );
});

Deno.test("read and readline sizes: negative ones below -1 are huge allocations", () => {
  assertEquals(sizeArg([null]), -1);
  assertEquals(sizeArg([null, 7]), 7);
  assertEquals(
    pyErr(() => sizeArg([null, -2])),
    "MemoryError: memory allocation failed, allocating 18446744073709551614 bytes",
  );
  assertEquals(
    pyErr(() => sizeArg([null, -2], 1)),
    "MemoryError: memory allocation failed, allocating 18446744073709551615 bytes",
  );
  assertEquals(pyErr(() => sizeArg([null, null])), "TypeError: can't convert NoneType to int");
  // readline reads an immediate object's bits as a small int
  assertEquals([null, false, true].map((v) => lineSizeArg([null, v])), [3, 7, 15]);
  assertEquals(lineSizeArg([null, -1]), -1);
  assertEquals(
    pyErr(() => lineSizeArg([null, new PyFloat(1.5)])),
    "TypeError: can't convert float to int",
  );
  assertEquals([clipLen(-1, 4), clipLen(2, 4), clipLen(9, 4)], [4, 2, 4]);
});
