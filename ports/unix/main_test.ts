// The CLI as a user runs it: exit codes, streams, -c/-m/-O, piped stdin, bad input.
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

interface Ran {
  code: number;
  out: string;
  err: string;
}

interface RunOptions {
  stdin?: string;
  cwd?: string;
  env?: Record<string, string>;
}

async function upy(args: string[], opts: RunOptions = {}): Promise<Ran> {
  return await spawn(Deno.execPath(), ["run", "-A", "--no-lock", "--quiet", MAIN, ...args], opts);
}

/** The real unix port, for behaviour checked against it; absent on some machines. */
const REFERENCE = new URL(
  "../../../shared/firmware/micropython-1.27.0-unix-x86_64",
  import.meta.url,
).pathname;
const haveReference = (() => {
  try {
    return Deno.statSync(REFERENCE).isFile;
  } catch {
    return false;
  }
})();

/** Run upy and, when present, the reference with the same arguments: both must print `want`
 * (each stream, and the exit status when given). */
async function bothPrint(args: string[], opts: RunOptions, want: Partial<Ran>): Promise<void> {
  const [mine, ref] = await Promise.all([
    upy(args, opts),
    haveReference ? spawn(REFERENCE, args, opts) : undefined,
  ]);
  const got: Partial<Ran> = {};
  for (const k of Object.keys(want) as (keyof Ran)[]) Object.assign(got, { [k]: mine[k] });
  assertEquals(got, want);
  if (ref === undefined) return;
  const refGot: Partial<Ran> = {};
  for (const k of Object.keys(want) as (keyof Ran)[]) Object.assign(refGot, { [k]: ref[k] });
  assertEquals(refGot, want);
}

/** This process's environment without the variables the unix port reads (a runner may set
 * MICROPYPATH), plus the test's own. */
function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = Deno.env.toObject();
  delete env.MICROPYPATH;
  delete env.MICROPYINSPECT;
  return { ...env, ...extra };
}

async function spawn(cmd: string, args: string[], opts: RunOptions): Promise<Ran> {
  const child = new Deno.Command(cmd, {
    args,
    cwd: opts.cwd,
    env: childEnv(opts.env),
    clearEnv: true,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  if (opts.stdin !== undefined) await w.write(new TextEncoder().encode(opts.stdin));
  await w.close();
  const r = await child.output();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout), err: dec.decode(r.stderr) };
}

Deno.test("-c runs a command; sys.exit sets the exit code", async () => {
  assertEquals(await upy(["-c", "print(2 ** 70)"]), {
    code: 0,
    out: "1180591620717411303424\n",
    err: "",
  });
  assertEquals((await upy(["-c", "import sys; sys.exit(3)"])).code, 3);
  assertEquals((await upy(["-c", "raise SystemExit"])).code, 0);
  assertEquals(
    (await upy(["-c", "import sys; print(sys.argv)", "a", "b"])).out,
    "['-c', 'a', 'b']\n",
  );
});

Deno.test("an uncaught exception prints a MicroPython traceback and exits 1", async () => {
  const r = await upy(["-c", "def f():\n    1 / 0\nf()"]);
  assertEquals(r.code, 1);
  assertEquals(
    r.out,
    'Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\n' +
      '  File "<stdin>", line 2, in f\nZeroDivisionError: divide by zero\n',
  );
});

Deno.test("syntax errors name file and line, without a JS trace", async () => {
  const dir = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${dir}/bad.py`, "x = 1\nif x\n    pass\n");
  const r = await upy(["bad.py"], { cwd: dir });
  assertEquals(r.code, 1);
  assertEquals(
    r.out,
    'Traceback (most recent call last):\n  File "bad.py", line 2\nSyntaxError: invalid syntax\n',
  );
});

Deno.test("-m runs a module from the current folder as __main__", async () => {
  const dir = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${dir}/mod.py`, "import sys\nprint(__name__, sys.argv[1:])\n");
  assertEquals((await upy(["-m", "mod", "x"], { cwd: dir })).out, "__main__ ['x']\n");
});

Deno.test("-m pkg.mod resolves relative imports against its real name", async () => {
  const dir = Deno.makeTempDirSync();
  Deno.mkdirSync(`${dir}/pk`);
  Deno.writeTextFileSync(`${dir}/pk/__init__.py`, "");
  Deno.writeTextFileSync(`${dir}/pk/a.py`, "X = 5\n");
  Deno.writeTextFileSync(
    `${dir}/pk/b.py`,
    "from . import a\nfrom .a import X\nprint(a.X, X, __name__, __main__)\n",
  );
  assertEquals((await upy(["-m", "pk.b"], { cwd: dir })).out, "5 5 __main__ pk.b\n");
});

Deno.test("-O drops asserts; piped stdin is a program", async () => {
  assertEquals((await upy(["-O", "-c", "assert False\nprint('ok')"])).out, "ok\n");
  assertEquals((await upy([], { stdin: "x = 6\nprint(x * 7)\n" })).out, "42\n");
});

Deno.test("bad arguments and missing files give one clear line", async () => {
  const missing = await upy(["no_such_file.py"]);
  assertEquals(missing.code, 2);
  assertEquals(missing.err.trim().split("\n").length, 1);
  const dir = Deno.makeTempDirSync();
  await bothPrint([dir], {}, { code: 1, out: "OSError: [Errno 21] EISDIR\n", err: "" });
  for (const args of [["-Q"], ["--help"], ["-X", "heapsize=1kw"], ["-X", "heapsize=100"]]) {
    await bothPrint(args, {}, {
      code: 1,
      out: "",
      err: "Invalid command line arguments. Use -h option for help.\n",
    });
  }
});

Deno.test("sys.path from MICROPYPATH and HOME; sys.argv as the unix port sets them", async () => {
  const show = ["-c", "import sys; print(sys.path, sys.argv)", "x"];
  await bothPrint(show, { env: { HOME: "/hh", MICROPYPATH: "/a::~/b:" } }, {
    out: "['', '/a', '', '/hh/b', ''] ['-c', 'x']\n",
  });
  await bothPrint(show, { env: { HOME: "/hh" } }, {
    out: "['', '.frozen', '/hh/.micropython/lib', '/usr/lib/micropython'] ['-c', 'x']\n",
  });
  await bothPrint(["-c", "import sys; print(sys.path)"], { env: { MICROPYPATH: "" } }, {
    out: "['']\n",
  });
  await bothPrint([], { stdin: "import sys; print(sys.argv, repr(sys.path[0]))\n" }, {
    out: "[] ''\n",
  });
});

Deno.test("sys.path[0] is the script's real folder; imported modules are named by it", async () => {
  const dir = Deno.realPathSync(Deno.makeTempDirSync());
  Deno.mkdirSync(`${dir}/sub`);
  Deno.writeTextFileSync(`${dir}/sub/helper.py`, "def f():\n    1 / 0\n");
  Deno.writeTextFileSync(
    `${dir}/sub/main.py`,
    "import sys, helper\nprint(sys.path[0], __file__, helper.__file__)\nhelper.f()\n",
  );
  Deno.symlinkSync(`${dir}/sub/main.py`, `${dir}/link.py`);
  const traceback = (script: string) =>
    `Traceback (most recent call last):\n  File "${script}", line 3, in <module>\n` +
    `  File "${dir}/sub/helper.py", line 2, in f\nZeroDivisionError: divide by zero\n`;
  for (const script of ["sub/main.py", "link.py", `${dir}/sub/main.py`]) {
    await bothPrint([script], { cwd: dir }, {
      code: 1,
      out: `${dir}/sub ${script} ${dir}/sub/helper.py\n` + traceback(script),
      err: "",
    });
  }
});

Deno.test("-h prints the unix port's help; --version the banner line", async () => {
  const help = await upy(["-O", "-h", "-Q"]);
  assertEquals(help.code, 0);
  assertEquals(
    help.out.split("\n").slice(0, 3),
    [
      "usage: upy [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]",
      "Options:",
      "--version : show version information",
    ],
  );
  assertEquals(help.out.includes("heapsize=<n>[w][K|M] -- set the heap size"), true);
  const version = await upy(["--version"]);
  assertEquals(version.out.startsWith("MicroPython v1.27.0 on "), true);
});

Deno.test("-X compile-only compiles without running; errors still reported", async () => {
  await bothPrint(["-X", "compile-only", "-c", "print(1)"], {}, { code: 0, out: "", err: "" });
  await bothPrint(["-X", "compile-only", "-c", "print(1"], {}, {
    code: 1,
    err: "",
    out: 'Traceback (most recent call last):\n  File "<stdin>", line 2\n' +
      "SyntaxError: invalid syntax\n",
  });
});

Deno.test("-i and MICROPYINSPECT enter the REPL after the program, even after SystemExit", async () => {
  const banner = "MicroPython v1.27.0 on ";
  const a = await upy(["-i", "-c", "print('ran')\nimport sys\nsys.exit(3)"], { stdin: "" });
  // The REPL's own end (Ctrl-D) decides the exit status, as in main.c.
  assertEquals(a.code, 0);
  assertEquals(a.out.startsWith("ran\n" + banner), true);
  const b = await upy(["-c", "print('ran')"], { stdin: "", env: { MICROPYINSPECT: "1" } });
  assertEquals(b.out.startsWith("ran\n" + banner), true);
  const c = await upy(["-c", "print('ran')"], { stdin: "", env: { MICROPYINSPECT: "" } });
  assertEquals(c.out, "ran\n");
});

Deno.test("-v -v prints every compiled function's bytecode as the unix port does", async () => {
  const cwd = new URL("./testdata/verbose/", import.meta.url).pathname;
  // Addresses are heap pointers (made up in upy); -v also ends with the heap figures there.
  const normal = (text: string) =>
    text.replace(/\b[0-9a-f]{9,}\b/g, "ADDR").replace(/^mem: [^]*$/m, "");
  const mine = await upy(["-v", "-v", "prog.py"], { cwd });
  assertEquals(mine.code, 0);
  const dump = normal(mine.out);
  assertEquals(dump.startsWith("File prog.py, code block '<module>' (descriptor: ADDR"), true);
  assertEquals(dump.includes(`File ${Deno.realPathSync(cwd)}/_dumped_mod.py, code block`), true);
  assertEquals(dump.includes("\n00 LOAD_CONST_OBJ ADDR=(1, 'two', 3.5)\n"), true);
  if (haveReference) {
    const ref = await spawn(REFERENCE, ["-v", "-v", "prog.py"], { cwd });
    assertEquals(dump, normal(ref.out));
  }
  // One -v prints no bytecode, only the heap figures at the end, as main.c does.
  const lines = (await upy(["-v", "-c", "print(1)"])).out.split("\n");
  assertEquals(lines[0], "1");
  assertEquals(/^mem: total=\d+, current=\d+, peak=\d+$/.test(lines[1]), true);
  assertEquals(lines[2].startsWith("stack: "), true);
});

Deno.test("upy cross - compiles stdin to a .mpy on stdout", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-lock", "--quiet", MAIN, "cross", "-"],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode("print(6 * 7)\n"));
  await w.close();
  const r = await child.output();
  assertEquals(r.code, 0);
  // .mpy v6.3 header, then the source name mpy-cross records for stdin.
  assertEquals(Array.from(r.stdout.subarray(0, 2)), [0x4d, 6]);
  assertEquals(new TextDecoder().decode(r.stdout).includes("<stdin>"), true);
  const dir = Deno.makeTempDirSync();
  Deno.writeFileSync(`${dir}/prog.mpy`, r.stdout);
  assertEquals((await upy(["prog.mpy"], { cwd: dir })).out, "42\n");
  const bad = await upy(["cross", "-"], { stdin: "print(1\n" });
  assertEquals(bad.code, 1);
  assertEquals(bad.out, "");
  assertEquals(bad.err.includes('File "<stdin>", line 2'), true);
});

Deno.test("sys.atexit runs its function at the end, even after sys.exit", async () => {
  const prog = "import sys\nprint(sys.atexit(lambda: print('bye')))\n" +
    "print(sys.atexit(lambda: print('bye2')) is not None)\nsys.exit(3)";
  await bothPrint(["-c", prog], {}, { code: 3, out: "None\nTrue\nbye2\n" });
  await bothPrint(["-c", "import sys\nsys.atexit(5)\nprint(sys.atexit(None))"], {}, {
    code: 0,
    out: "5\n",
  });
  // An exception escaping the exit function is fatal in the unix port.
  const bad = await upy(["-c", "import sys\nsys.atexit(lambda: 1 / 0)\nprint('x')"]);
  assertEquals([bad.code, bad.out, bad.err.startsWith("FATAL: uncaught NLR ")], [1, "x\n", true]);
});

const ZERO_DIV = "Traceback (most recent call last):\n" +
  '  File "<stdin>", line 1, in <module>\nZeroDivisionError: divide by zero\n';

// [program, exit status, stdout, stderr] as `-c` (and a script) end in the unix port 1.27.
const SCRIPT_ENDINGS: [string, number, string, string][] = [
  ["print(1); 1/0", 1, "1\n" + ZERO_DIV, ""],
  ["raise SystemExit('bye')", 1, "", "bye\n"],
  ["raise SystemExit(3)", 3, "", ""],
  ["raise SystemExit(None)", 0, "", ""],
  ["raise SystemExit(-1)", 255, "", ""],
  ["raise SystemExit(2 ** 70 + 5)", 5, "", ""],
  ["raise SystemExit(True)", 1, "", "True\n"],
  ["raise SystemExit((1, 2))", 1, "", "(1, 2)\n"],
  ["raise SystemExit('a', 'b')", 1, "", "a\n"],
  ["import sys; print('x', end=''); sys.exit(b'm')", 1, "x", "b'm'\n"],
  [
    "raise KeyboardInterrupt",
    130,
    'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n' +
    "KeyboardInterrupt: \n",
    "",
  ],
];

Deno.test("-c: traceback on stdout, SystemExit's value on stderr, 130 after Ctrl-C", async () => {
  for (const [prog, code, out, err] of SCRIPT_ENDINGS) {
    await bothPrint(["-c", prog], {}, { code, out, err });
  }
});

Deno.test("-m and piped stdin: traceback on stderr, nothing for SystemExit, 1", async () => {
  const dir = Deno.makeTempDirSync();
  const progs: [string, string, number, string][] = [
    ["1/0", "", 1, ZERO_DIV],
    ["raise SystemExit('bye')", "", 1, ""],
    ["raise SystemExit(True)", "", 1, ""],
    ["raise SystemExit(7)", "", 7, ""],
    ["raise KeyboardInterrupt", "", 1, ZERO_DIV.replace(/Zero.*\n$/, "KeyboardInterrupt: \n")],
  ];
  for (const [prog, out, code, err] of progs) {
    await bothPrint([], { stdin: prog + "\n" }, { code, out, err });
    Deno.writeTextFileSync(`${dir}/m.py`, prog + "\n");
    const named = err.replace('"<stdin>"', '"m.py"');
    await bothPrint(["-m", "m"], { cwd: dir }, { code, out, err: named });
  }
});

Deno.test("a callback still scheduled at the end runs once, before the traceback", async () => {
  const prog = "import micropython\nmicropython.schedule(print, 'cb1')\n" +
    "micropython.schedule(print, 'cb2')\nprint('end')\n";
  await bothPrint(["-c", prog], {}, { code: 0, out: "end\ncb1\n", err: "" });
  await bothPrint(["-c", prog + "1/0"], {}, {
    code: 1,
    out: "end\ncb1\n" + ZERO_DIV.replace("line 1,", "line 5,"),
    err: "",
  });
  await bothPrint([], { stdin: prog + "import sys; sys.exit(4)" }, {
    code: 4,
    out: "end\ncb1\n",
    err: "",
  });
});

Deno.test("input() on a piped stdin runs the line editor: echo, emacs keys, ^C and ^D", async () => {
  const prog = "print(repr(input('? ')))\nprint(repr(input()))\nprint(repr(input()))";
  // Ctrl-A/Ctrl-E move, DEL erases, non-ASCII is dropped, \r and \n both end a line.
  await bothPrint(["-c", prog], { stdin: "x\x01y\x05z\n\xe9a\x7fb\rq\n" }, {
    code: 0,
    out: "? x\byx\bxz\r\n'yxz'\na\b\x1b[Kb\r\n'b'\nq\r\n'q'\n",
  });
  const interrupted = "print(input())\nprint(input())";
  await bothPrint(["-c", interrupted], { stdin: "ok\n\x03\n" }, { code: 130 });
  await bothPrint(["-c", interrupted], { stdin: "ok\n\x04\n" }, { code: 1 });
});
