// Machine code on the Cortex-M3 board (qemu mps2-an385, real MicroPython firmware): the same
// functions compiled by `upy cross -march=armv7m` as viper, native and bytecode, timed on the
// board with time.ticks_us in one run. qemu's instruction timing is not a real chip's, but
// the ratios compare like with like (MicroPython documents viper at about 20x bytecode and
// native at about 2x).
import { crossCompile } from "../ports/unix/cross.ts";
import { ARCH_CODES } from "../src/mpy/arch.ts";
import { Board, BOARDS, unavailableReason } from "../ports/qemu/mod.ts";

/** One kernel in three codegens; `{D}` is the decorator line. */
const KERNELS: { name: string; typed: string; plain: string; setup: string; call: string }[] = [
  {
    name: "bytearray checksum loop",
    typed: "{D}\ndef k(buf, n: int) -> int:\n    p = ptr8(buf)\n    s = 0\n" +
      "    for i in range(n):\n        s = (s + p[i] * 31) & 0xffff\n    return s\n",
    plain: "{D}\ndef k(buf, n):\n    s = 0\n    for i in range(n):\n" +
      "        s = (s + buf[i] * 31) & 0xffff\n    return s\n",
    setup: "buf = bytearray(2048)\nfor i in range(2048):\n    buf[i] = i & 255\n",
    call: "k(buf, len(buf))",
  },
  {
    name: "numeric function (sum of squares)",
    typed: "{D}\ndef k(n: int) -> int:\n    s = 0\n    for i in range(n):\n" +
      "        s += i * i\n    return s\n",
    plain: "{D}\ndef k(n):\n    s = 0\n    for i in range(n):\n        s += i * i\n    return s\n",
    setup: "",
    call: "k(1000)",
  },
];

/** The timed program: five calls, then the elapsed microseconds and the result. */
function program(body: string, setup: string, call: string): string {
  return `import micropython, time\n${setup}${body}\n` +
    `t0 = time.ticks_us()\nfor _ in range(5):\n    r = ${call}\n` +
    `print(time.ticks_diff(time.ticks_us(), t0), r)\n`;
}

/** Board rows: per kernel, µs as bytecode, native and viper, and the speed-ups. */
export async function benchOnBoard(): Promise<void> {
  const spec = BOARDS.find((b) => b.name === "mps2-an385")!;
  const why = await unavailableReason(spec);
  if (why) {
    console.log(`board rows skipped: ${why}`);
    return;
  }
  const board = await Board.boot(spec, { timeoutMs: 60_000 });
  try {
    for (const k of KERNELS) {
      const us: Record<string, number> = {};
      const results = new Set<string>();
      for (
        const [kind, deco, body] of [
          ["bytecode", "", k.plain],
          ["native", "@micropython.native", k.plain],
          ["viper", "@micropython.viper", k.typed],
        ]
      ) {
        const source = program(body.replace("{D}", deco), k.setup, k.call);
        const { mpy } = crossCompile(source, {
          inputName: "bench.py",
          arch: ARCH_CODES.get("armv7m"),
        });
        const r = await board.runMpy(mpy, "bench");
        const [t, value] = r.stdout.trim().split(" ");
        if (r.status !== "ok" || r.stderr !== "" || value === undefined) {
          console.log(`board ${k.name} (${kind}): failed ${r.note ?? r.stderr}`);
          return;
        }
        us[kind] = Number(t);
        results.add(value);
      }
      const same = results.size === 1 ? "same result" : "DIFFERENT RESULTS";
      console.log(
        `board mps2-an385 ${k.name}: bytecode ${us.bytecode} us, native ${us.native} us ` +
          `(${(us.bytecode / us.native).toFixed(1)}x), viper ${us.viper} us ` +
          `(${(us.bytecode / us.viper).toFixed(1)}x), ${same}`,
      );
    }
  } finally {
    await board.close();
  }
}

if (import.meta.main) await benchOnBoard();
