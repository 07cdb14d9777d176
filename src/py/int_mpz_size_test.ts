// The long-int size model: digit counts and the MemoryError messages of oversized results.
import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import "./runtime.ts";
import { isException } from "./obj_exception.ts";
import { bigResult, bitLength, checkPowSize, MAX_MPZ_BITS, mpzDigits } from "./int_mpz_size.ts";

/** The type and message of the Python exception `f` raises. */
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!isException(e)) throw e;
    return `${e.type.name}: ${String(e.args.items[0])}`;
  }
  return "no error";
}

Deno.test("bitLength agrees with the binary length", () => {
  for (const v of [0, 1, 2, 3, 255, 256, 2 ** 31, 2 ** 52 + 1, -7]) {
    assertEquals(bitLength(v), v === 0 ? 0 : Math.abs(v).toString(2).length);
  }
  for (const v of [1n << 100n, (1n << 100n) - 1n, -(1n << 64n), 12345678901234567890123n]) {
    assertEquals(bitLength(v), (v < 0n ? -v : v).toString(2).length);
  }
});

Deno.test("mpz digits are 16 bits", () => {
  assertEquals([mpzDigits(1), mpzDigits(16), mpzDigits(17), mpzDigits(0)], [1, 1, 2, 0]);
});

Deno.test("checkPowSize lets representable powers through", () => {
  checkPowSize(2, 1000);
  checkPowSize(10n ** 50n, 10000);
  checkPowSize(3, MAX_MPZ_BITS / 4);
});

Deno.test("checkPowSize fails at mpz_pow_inpl's first oversized squaring", () => {
  // x = 2**(2**29) has 2**25 + 1 digits; squaring it asks for twice that (as the reference does)
  assertEquals(
    messageOf(() => checkPowSize(2, 1n << 40n)),
    "MemoryError: memory allocation failed, allocating 134217732 bytes",
  );
  assertThrows(() => checkPowSize(-3, 10n ** 12n));
});

Deno.test("bigResult turns a host RangeError into mpz's MemoryError", () => {
  const a = 1n << 1000n;
  const msg = messageOf(() =>
    bigResult(true, a, a, () => {
      throw new RangeError("Maximum BigInt size exceeded");
    })
  );
  assertEquals(msg, "MemoryError: memory allocation failed, allocating 252 bytes");
  assertEquals(bigResult(false, 1n, 2n, () => 3n), 3n);
});
