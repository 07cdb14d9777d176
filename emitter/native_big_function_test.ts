// Native functions near the limits of the Thumb encodings. Jumps: a loop whose body spans more
// than 4 KiB needs the 32-bit conditional branch with all of its offset bits right (mpy-cross 1.27
// gets them wrong beyond 4 KiB and the Cortex-M3 faults), and armv6m its long-branch sequence.
// Frames: sp-relative loads reach 256 words; beyond that MicroPython refuses the function.
import { deepStrictEqual as assertEquals, ok, throws } from "node:assert/strict";
import { createInterpreter } from "../mod.ts";
import { crossCompile } from "../ports/unix/cross.ts";
import { ARCH_CODES } from "../src/mpy/arch.ts";
import { NotImplementedError, PyBaseException } from "../src/py/obj_exception.ts";

/** A native function whose loop body is `n` statements long (about 70 bytes each). */
function bigLoop(n: number): string {
  const body = Array.from({ length: n }, (_, k) => `        t += i * ${k} + len([${k}])`);
  return [
    "import micropython",
    "@micropython.native",
    "def f(n):",
    "    t = 0",
    "    for i in range(n):",
    ...body,
    "    return t",
    "print(f(3))",
  ].join("\n") + "\n";
}

/** What Python prints for f(3): sum over i < 3 and k < n of i*k + 1. */
const expected = (n: number) => `${3 * n * (n - 1) / 2 * 1 + 3 * n}\n`;

for (const arch of ["armv7m", "armv6m"]) {
  for (const n of [40, 200, 900]) {
    Deno.test(`native loop of ${n} statements runs on ${arch}`, async () => {
      const { mpy } = crossCompile(bigLoop(n), { inputName: "big.py", arch: ARCH_CODES.get(arch) });
      ok(mpy.length > n * 40, "the function is as long as intended");
      let out = "", err = "";
      const py = createInterpreter({
        stdout: (s) => out += s,
        stderr: (s) => err += s,
        nativeTwins: false,
      });
      await py.runMpy(mpy, "big.py");
      assertEquals(err, "");
      assertEquals(out, expected(n));
    });
  }
}

/** A function with `n` locals v0..v{n-1} = a + k, returning the sum of every 7th. */
function manyLocals(kind: "native" | "viper", n: number): string {
  const head = kind === "viper" ? "def f(a: int) -> int:" : "def f(a):";
  const locals = Array.from({ length: n }, (_, k) => `    v${k} = a + ${k}`);
  const used = Array.from({ length: Math.ceil(n / 7) }, (_, i) => `v${7 * i}`);
  const lines = ["import micropython", `@micropython.${kind}`, head, ...locals];
  return [...lines, `    return ${used.join(" + ")}`, "print(f(3))"].join("\n") + "\n";
}

const sumEvery7th = (n: number) => {
  let t = 0;
  for (let k = 0; k < n; k += 7) t += 3 + k;
  return `${t}\n`;
};

for (const kind of ["native", "viper"] as const) {
  Deno.test(`${kind} function with 225 locals runs; with 300 it is refused`, async () => {
    let out = "";
    const py = createInterpreter({
      stdout: (s) => out += s,
      stderr: (s) => out += s,
      nativeTwins: false,
    });
    await py.runSource(manyLocals(kind, 225), "locals.py");
    assertEquals(out, sumEvery7th(225));
    for (const arch of ["armv7m", "armv6m"]) {
      throws(
        () =>
          crossCompile(manyLocals(kind, 300), { inputName: "l.py", arch: ARCH_CODES.get(arch) }),
        (e) =>
          e instanceof PyBaseException && e.type === NotImplementedError &&
          e.args.items[0] === "too many locals for native method",
      );
    }
  });
}
