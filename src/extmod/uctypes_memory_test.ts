// uctypes' simulated address space: what the oracle can't show (its addresses are real ones).
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createInterpreter } from "../../mod.ts";

async function run(source: string): Promise<string> {
  let out = "";
  const interp = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  await interp.runSource(source);
  return out;
}

const FAULTS = `
import uctypes
def t(f):
    try:
        print(f())
    except OSError as e:
        print("OSError", e.errno)
buf = bytearray(8)
a = uctypes.addressof(buf)
t(lambda: uctypes.bytes_at(a, 8) == bytes(8))
t(lambda: uctypes.bytes_at(a, 17))
t(lambda: uctypes.bytes_at(a - 1, 1))
t(lambda: uctypes.bytes_at(0, 1))
t(lambda: uctypes.bytes_at(a, -1))
t(lambda: uctypes.struct(a + 14, {"x": uctypes.UINT32}).x)
t(lambda: uctypes.struct(a, (uctypes.PTR, uctypes.UINT8))[0])
t(lambda: uctypes.bytes_at(0, 0))
`;

const SLACK = `
import uctypes
buf = bytearray(5)
a = uctypes.addressof(buf)
s = uctypes.struct(a + 4, {"x": uctypes.UINT32 | 0}, uctypes.LITTLE_ENDIAN)
s.x = 0x44332211
print(hex(s.x), buf)
print(uctypes.bytes_at(a + 4, 2))
try:
    uctypes.bytearray_at(a + 4, 2)
except OSError as e:
    print("OSError", e.errno)
`;

Deno.test("a buffer's heap block past its end reads and writes, but is no buffer", async () => {
  assertEquals(
    await run(SLACK),
    "0x44332211 bytearray(b'\\x00\\x00\\x00\\x00\\x11')\nb'\\x11\"'\nOSError 14\n",
  );
});

Deno.test("addresses outside every mapped buffer raise OSError(EFAULT)", async () => {
  assertEquals(
    await run(FAULTS),
    "True\nOSError 14\nOSError 14\nOSError 14\nOSError 14\nOSError 14\nOSError 14\nb''\n",
  );
});

const LAYOUT = `
import uctypes, array
a = bytearray(3)
b = bytearray(100)
pa, pb = uctypes.addressof(a), uctypes.addressof(b)
print(pa % 16, pb % 16, pb - pa >= 3 + 16, uctypes.addressof(a) == pa)
print(uctypes.addressof(memoryview(b)[7:]) - pb)
b.extend(bytes(1000))
print(uctypes.addressof(b) != pb, uctypes.addressof("abc") == uctypes.addressof("abc"))
print(uctypes.bytes_at(uctypes.addressof("h\\u00e9"), 3))
`;

Deno.test("buffers map at aligned, separated addresses that follow their storage", async () => {
  assertEquals(await run(LAYOUT), "0 0 True True\n7\nTrue True\nb'h\\xc3\\xa9'\n");
});

Deno.test("each interpreter has its own address space", async () => {
  const src = "import uctypes\nprint(uctypes.addressof(bytearray(4)))\n";
  assertEquals(await run(src), await run(src));
});
