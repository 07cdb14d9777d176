// The CLI as a user runs it: exit codes, streams, -c/-m/-O, piped stdin, bad input.
import { deepStrictEqual as assertEquals, match } from "node:assert/strict";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function upy(args: string[], opts: { stdin?: string; cwd?: string } = {}): Promise<Ran> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-lock", "--quiet", MAIN, ...args],
    cwd: opts.cwd,
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
    "['', 'a', 'b']\n",
  );
});

Deno.test("an uncaught exception prints a MicroPython traceback and exits 1", async () => {
  const r = await upy(["-c", "def f():\n    1 / 0\nf()"]);
  assertEquals(r.code, 1);
  assertEquals(
    r.err,
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
    r.err,
    'Traceback (most recent call last):\n  File "bad.py", line 2\nSyntaxError: invalid syntax\n',
  );
});

Deno.test("-m runs a module from the current folder as __main__", async () => {
  const dir = Deno.makeTempDirSync();
  Deno.writeTextFileSync(`${dir}/mod.py`, "import sys\nprint(__name__, sys.argv[1:])\n");
  assertEquals((await upy(["-m", "mod", "x"], { cwd: dir })).out, "__main__ ['x']\n");
});

Deno.test("-O drops asserts; piped stdin is a program", async () => {
  assertEquals((await upy(["-O", "-c", "assert False\nprint('ok')"])).out, "ok\n");
  assertEquals((await upy([], { stdin: "x = 6\nprint(x * 7)\n" })).out, "42\n");
});

Deno.test("bad arguments and missing files give one clear line", async () => {
  const missing = await upy(["no_such_file.py"]);
  assertEquals(missing.code, 2);
  assertEquals(missing.err.trim().split("\n").length, 1);
  const bad = await upy(["-Q"]);
  assertEquals(bad.code, 1);
  match(bad.err, /^upy: /);
});
