// How a run reports what escapes it: library users get the traceback on stderr and nothing for
// SystemExit; the CLI's SCRIPT_REPORT is the unix port's `-c`/script behaviour. Either way a
// callback still scheduled at the end runs once, before the report.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createInterpreter } from "../../mod.ts";
import { SCRIPT_REPORT, type UncaughtReport } from "./interpreter.ts";

async function run(source: string, report?: UncaughtReport) {
  let out = "";
  let err = "";
  const interp = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
  const r = await interp.runSource(source, "t.py", report);
  return { code: r.code, exited: r.exited, out, err };
}

const TRACEBACK = 'Traceback (most recent call last):\n  File "t.py", line 1, in <module>\n';

Deno.test("library runs keep the traceback on stderr and print nothing for SystemExit", async () => {
  assertEquals(await run("print(1); 1/0"), {
    code: 1,
    exited: false,
    out: "1\n",
    err: TRACEBACK + "ZeroDivisionError: divide by zero\n",
  });
  assertEquals(await run("raise SystemExit('bye')"), { code: 1, exited: true, out: "", err: "" });
  assertEquals((await run("raise SystemExit(True)")).code, 1);
  assertEquals((await run("raise SystemExit(False)")).code, 0);
  assertEquals((await run("raise KeyboardInterrupt")).code, 1);
});

Deno.test("SCRIPT_REPORT: traceback on stdout, SystemExit's value on stderr, 130", async () => {
  assertEquals(await run("print(1); 1/0", SCRIPT_REPORT), {
    code: 1,
    exited: false,
    out: "1\n" + TRACEBACK + "ZeroDivisionError: divide by zero\n",
    err: "",
  });
  const cases: [string, number, string][] = [
    ["raise SystemExit('bye')", 1, "bye\n"],
    ["raise SystemExit(False)", 1, "False\n"],
    ["raise SystemExit([1])", 1, "[1]\n"],
    ["raise SystemExit(2 ** 64 + 258)", 2, ""],
    ["raise SystemExit(-2)", 254, ""],
    ["raise SystemExit(None)", 0, ""],
    [
      "class E:\n def __str__(self): 1/0\nraise SystemExit(E())",
      1,
      "FATAL: uncaught NLR 0x7f0000000000\n",
    ],
  ];
  for (const [source, code, err] of cases) {
    const r = await run(source, SCRIPT_REPORT);
    assertEquals([source, r.code, r.err], [source, code, err]);
  }
  const k = await run("raise KeyboardInterrupt('x')", SCRIPT_REPORT);
  assertEquals([k.code, k.out], [130, TRACEBACK + "KeyboardInterrupt: x\n"]);
});

Deno.test("a callback still scheduled at the end runs once, before the report", async () => {
  const prog =
    "import micropython\nmicropython.schedule(print, 1)\nmicropython.schedule(print, 2)\n";
  assertEquals((await run(prog + "print('end')")).out, "end\n1\n");
  const r = await run(prog + "print('end'); 1/0", SCRIPT_REPORT);
  assertEquals(
    r.out,
    "end\n1\n" + TRACEBACK.replace("line 1", "line 4") + "ZeroDivisionError: divide by zero\n",
  );
});
