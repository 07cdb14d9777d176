// The profile-guided path end to end, through the CLI: `upy -X jitprofile=FILE prog.py` lists
// the functions the run found hot, `upy cross --hot FILE -march=...` makes them native code, and
// the .mpy prints what the program does, in upy's Thumb emulator and (when qemu and the firmware
// are here) on a real MicroPython board.
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { join } from "node:path";
import { parseProfile } from "./jit_profile.ts";
import { Board } from "../qemu/board.ts";
import { BOARDS, unavailableReason } from "../qemu/boards.ts";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

/** fib (behind an ordinary decorator), Acc.total and the generator squares get hot; wide gets
 * hot but has more locals than a native frame holds. */
const PROGRAM = `def traced(f):
    return f


@traced
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Acc:
    def __init__(self, x):
        self.x = x

    def total(self, n):
        s = 0
        for i in range(n):
            s += self.x + i
        return s


def squares(n):
    for i in range(n):
        yield i * i


def wide(n):
${Array.from({ length: 300 }, (_, i) => `    v${i} = n + ${i}\n`).join("")}    return v0 + v299


print(fib(20))
a = Acc(3)
print(sum(a.total(50) for _ in range(100)))
print(sum(squares(100)))
print(sum(wide(k) for k in range(300)))
`;
/** What the program prints (checked against MicroPython 1.27's unix port). */
const EXPECT = "6765\n137500\n328350\n179400\n";
const WIDE_LINE = 29;

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function upy(args: string[], cwd: string): Promise<Ran> {
  const env = Deno.env.toObject();
  delete env.MICROPYPATH;
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-lock", "--quiet", MAIN, ...args],
    cwd,
    env,
    clearEnv: true,
    stdin: "null",
  }).output();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout), err: dec.decode(r.stderr) };
}

/** Each raw code's name and kind, from `upy disasm`. */
async function kinds(mpyPath: string, cwd: string): Promise<Record<string, string>> {
  const r = await upy(["disasm", mpyPath], cwd);
  assertEquals(r.code, 0, r.err);
  const out: Record<string, string> = {};
  for (const m of r.out.matchAll(/^raw_code [\d.]+: ([\w<>]+).* \((BYTECODE|NATIVE_\w+)/gm)) {
    out[m[1]] = m[2];
  }
  return out;
}

/** One tree for the whole file: the run in run/, the build in build/ with a copy of the source
 * at another path (the profile names run/prog.py: cross matches it by base name). */
const dir = Deno.makeTempDirSync({ prefix: "upy_hot_" });
Deno.mkdirSync(join(dir, "run"));
Deno.mkdirSync(join(dir, "build"));
Deno.writeTextFileSync(join(dir, "run", "prog.py"), PROGRAM);
Deno.writeTextFileSync(join(dir, "build", "prog.py"), PROGRAM);
let mpy: Uint8Array | undefined;

Deno.test("-X jitprofile= writes the functions the run compiled", async () => {
  const r = await upy(["-X", "jitprofile=hot.json", "prog.py"], join(dir, "run"));
  assertEquals([r.code, r.out, r.err], [0, EXPECT, ""]);
  const file = Deno.realPathSync(join(dir, "run", "prog.py"));
  const profile = parseProfile(Deno.readTextFileSync(join(dir, "run", "hot.json")), "hot.json");
  // Lines are each function's first body line: what the bytecode records.
  assertEquals(profile, [
    { file, line: 7, name: "fib" },
    { file, line: 17, name: "total" },
    { file, line: 24, name: "squares" },
    { file, line: WIDE_LINE, name: "wide" },
  ]);
});

Deno.test("cross --hot makes the hot functions native; the .mpy prints the same", async () => {
  const build = join(dir, "build");
  const r = await upy(
    ["cross", "--hot", "../run/hot.json", "-march=armv7m", "prog.py", "-o", "prog.mpy"],
    build,
  );
  assertEquals(r.code, 0, r.err);
  // The one function the native emitter refuses stays bytecode, with a note.
  assertEquals(
    r.err,
    `upy cross: prog.py:${WIDE_LINE - 1}: hot function 'wide' stays bytecode: ` +
      "NotImplementedError: too many locals for native method\n",
  );
  assertEquals(await kinds("prog.mpy", build), {
    "<module>": "BYTECODE",
    traced: "BYTECODE",
    fib: "NATIVE_PY",
    Acc: "BYTECODE",
    __init__: "BYTECODE",
    total: "NATIVE_PY",
    squares: "NATIVE_PY",
    wide: "BYTECODE",
    "<genexpr>": "BYTECODE",
  });
  const ran = await upy(["prog.mpy"], build);
  assertEquals([ran.code, ran.out, ran.err], [0, EXPECT, ""]);
  mpy = Deno.readFileSync(join(build, "prog.mpy"));
});

Deno.test("cross --hot: a bad profile or no -march is one line and status 1", async () => {
  const build = join(dir, "build");
  Deno.writeTextFileSync(join(build, "bad.json"), `{"upy_profile": 1, "functions": [{}]}`);
  const cases: [string[], string][] = [
    [
      ["--hot", "bad.json", "-march=armv7m"],
      `upy cross: bad profile 'bad.json': functions[0] needs "file" (text), "line" (1 or more), ` +
      `"name" (text)\n`,
    ],
    [
      ["--hot", "none.json", "-march=armv7m"],
      "upy cross: can't open profile 'none.json': No such file or directory\n",
    ],
    [
      ["--hot", "../run/hot.json"],
      "upy cross: --hot needs -march=<arch> (hot functions compile to native code)\n",
    ],
  ];
  for (const [args, err] of cases) {
    const r = await upy(["cross", ...args, "prog.py", "-o", "x.mpy"], build);
    assertEquals([r.code, r.out, r.err], [1, "", err], args.join(" "));
  }
  assert(!(await Deno.stat(join(build, "x.mpy")).then(() => true, () => false)));
});

const board = BOARDS.find((b) => b.arch === "armv7m")!;
const boardWhy = await unavailableReason(board);
if (boardWhy) console.log(`skipping cross --hot on ${board.name}: ${boardWhy}`);

Deno.test({
  name: `cross --hot: the .mpy prints the same on ${board.name}`,
  ignore: boardWhy !== null,
  fn: async () => {
    assert(mpy, "the cross --hot test ran first and made the .mpy");
    const b = await Board.boot(board);
    try {
      const r = await b.runMpy(mpy, "prog");
      assertEquals([r.status, r.stdout, r.stderr], ["ok", EXPECT, ""]);
    } finally {
      await b.close();
    }
  },
});

globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
