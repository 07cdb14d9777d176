import { deepStrictEqual, equal, throws } from "node:assert/strict";
import { parseCli, parseHeapSize, UsageError } from "./args.ts";
import { unixSysPath } from "./sys_path.ts";
import { CrossUsageError, parseCrossArgs } from "./cross_args.ts";

Deno.test("script and its arguments", () => {
  const o = parseCli(["-X", "emit=native", "prog.py", "-c", "x"]);
  equal(o.script, "prog.py");
  deepStrictEqual(o.argv, ["prog.py", "-c", "x"]);
  equal(o.emit, "native");
});

Deno.test("-c stops option parsing and is sys.argv[0]", () => {
  const o = parseCli(["-O2", "-c", "print(1)", "a", "-v"]);
  equal(o.command, "print(1)");
  equal(o.optLevel, 2);
  equal(o.verbose, 0);
  deepStrictEqual(o.argv, ["-c", "a", "-v"]);
});

Deno.test("-O levels as main.c counts them, -m takes a module", () => {
  const o = parseCli(["-OO", "-m", "mod", "x"]);
  equal(o.optLevel, 2);
  equal(o.module, "mod");
  deepStrictEqual(o.argv, ["mod", "x"]);
  equal(parseCli(["-O"]).optLevel, 1);
  equal(parseCli(["-Ox"]).optLevel, 1);
  equal(parseCli(["-O3x"]).optLevel, 3);
  equal(parseCli(["-OOO", "-O0"]).optLevel, 0);
  equal(parseCli(["-v", "-v", "-i"]).verbose, 2);
});

Deno.test("-h and --version win before the program; after it they are its arguments", () => {
  equal(parseCli(["-i", "-h", "--nope"]).help, true);
  equal(parseCli(["--version", "-Q"]).version, true);
  const o = parseCli(["prog.py", "-h"]);
  equal(o.help, false);
  deepStrictEqual(o.argv, ["prog.py", "-h"]);
  equal(parseCli(["-c", "1", "-h"]).help, false);
});

Deno.test("what the unix port rejects", () => {
  for (
    const bad of [
      ["--nope"],
      ["--help"],
      ["-"],
      ["-vv"],
      ["-cprint(1)"],
      ["-c"],
      ["-m"],
      ["-X"],
      ["-X", "emit=js"],
      ["-X", "foo"],
      ["-X", "heapsize=699"],
      ["-X", "heapsize=1kw"],
      ["-X", "jitprofile="],
      ["-X", "jitprofile"],
    ]
  ) throws(() => parseCli(bad), UsageError, bad.join(" "));
});

Deno.test("-X heapsize= parsed as strtol(base 0) with w, K and M", () => {
  equal(parseHeapSize("700"), 700);
  equal(parseHeapSize("0x1000"), 4096);
  equal(parseHeapSize("010000"), 4096);
  equal(parseHeapSize(" +2k"), 2048);
  equal(parseHeapSize("1wk"), 2048);
  equal(parseHeapSize("2M"), 2 * 1024 * 1024);
  equal(parseHeapSize("1wK"), 2048);
  for (const bad of ["", "k", "-1k", "1kb", "1kw", "0x", "12 ", "1.5k", "699"]) {
    equal(parseHeapSize(bad), undefined, bad);
  }
  equal(parseCli(["-X", "heapsize=4k", "-X", "compile-only"]).heapSize, 4096);
  equal(parseCli(["-X", "compile-only"]).compileOnly, true);
});

Deno.test("-X jitprofile=FILE names the profile written at exit", () => {
  const o = parseCli(["-X", "jit=eager", "-X", "jitprofile=out/hot.json", "app.py"]);
  equal(o.jitProfile, "out/hot.json");
  equal(o.jit, "eager");
  equal(parseCli(["app.py"]).jitProfile, undefined);
});

Deno.test("sys.path from MICROPYPATH and HOME, as main.c builds it", () => {
  deepStrictEqual(unixSysPath(undefined, "/h"), [
    "",
    ".frozen",
    "/h/.micropython/lib",
    "/usr/lib/micropython",
  ]);
  deepStrictEqual(unixSysPath(undefined, undefined)[2], "~/.micropython/lib");
  deepStrictEqual(unixSysPath("", "/h"), [""]);
  deepStrictEqual(unixSysPath(":", "/h"), [""]);
  deepStrictEqual(unixSysPath("/a::/b:", "/h"), ["", "/a", "", "/b", ""]);
  deepStrictEqual(unixSysPath("~:~/x:a~/b", "/h"), ["", "~", "/h/x", "a~/b"]);
  deepStrictEqual(unixSysPath("~/x", ""), ["", "/x"]);
});

Deno.test("upy cross options as mpy-cross reads them", () => {
  const o = parseCrossArgs(["-msmall-int-bits=0x1f", "-O2", "-X", "emit=bytecode", "-"]);
  equal(o.smallIntBits, 31);
  equal(o.optLevel, 2);
  equal(o.input, "-");
  equal(parseCrossArgs(["-msmall-int-bits=010", "a.py"]).smallIntBits, 8);
  equal(parseCrossArgs(["-OOO", "a.py"]).optLevel, 3);
  equal(parseCrossArgs(["-march=armv7m", "-o", "-", "-s", "x.py", "a.py"]).output, "-");
  throws(() => parseCrossArgs(["-msmall-int-bits=31x", "a.py"]), CrossUsageError);
  throws(() => parseCrossArgs(["-X", "compile-only", "a.py"]), CrossUsageError);
  equal(parseCrossArgs(["--hot", "p.json", "-march=armv7m", "a.py"]).hot, "p.json");
  equal(parseCrossArgs(["--hot=p.json", "a.py"]).hot, "p.json");
  throws(() => parseCrossArgs(["a.py", "--hot"]), CrossUsageError);
});
