// deno task bench: runs scripts/bench/*.py on upy and on the reference MicroPython 1.27 — the
// C unix port (../shared/firmware, the yardstick; each program exec'd and timed inside it, so
// process start-up is not counted) and the WebAssembly build in this process — and prints times
// and upy/reference ratios with their geometric means; then the median start-up time of
// `bin/upy -c "print(1)"` beside that of bare Deno, and the other rows below.
import { loadMicroPython } from "micropython-oracle";
import { runSource } from "../mod.ts";

const ROUNDS = 3;
const STARTUP_RUNS = 15;
const benchDir = new URL("./bench/", import.meta.url);
const filter = Deno.args[0] ?? "";

const files = [...Deno.readDirSync(benchDir)]
  .map((e) => e.name)
  .filter((n) => n.endsWith(".py") && n.includes(filter))
  .sort();

/** The unix port, if present (UPY_UNIX_MICROPYTHON overrides the path). */
const unixPort = Deno.env.get("UPY_UNIX_MICROPYTHON") ??
  new URL("../../shared/firmware/micropython-1.27.0-unix-x86_64", import.meta.url).pathname;
const haveUnix = (() => {
  try {
    return Deno.statSync(unixPort).isFile;
  } catch {
    return false;
  }
})();
// Runs the program given as argv[1] and prints its output, then a line with the microseconds
// its compile and run took.
const UNIX_HARNESS = `import sys, time
src = open(sys.argv[1]).read()
t0 = time.ticks_us()
exec(src, {"__name__": "__main__"})
print("\\x00%d" % time.ticks_diff(time.ticks_us(), t0))
`;
const harness = Deno.makeTempFileSync({ suffix: ".py" });
Deno.writeTextFileSync(harness, UNIX_HARNESS);

/** One run of `path` in the unix port: [ms, output]. */
function runUnix(path: string): [number, string] {
  // A heap big enough for every row (the 2 MiB default fails json_1mb and re_scan).
  const args = ["-X", "heapsize=64M", harness, path];
  const r = new Deno.Command(unixPort, { args, stdout: "piped" }).outputSync();
  const text = new TextDecoder().decode(r.stdout);
  const at = text.lastIndexOf("\x00");
  if (at < 0) return [NaN, text];
  return [Number(text.slice(at + 1)) / 1000, text.slice(0, at)];
}

let refOut = "";
const ref = await loadMicroPython({
  stdout: (s: string) => {
    refOut += s + "\n";
  },
});

/** Best of ROUNDS wall-clock times, and the output of the last round. */
async function best(
  run: () => Promise<string> | string,
  rounds = ROUNDS,
): Promise<[number, string]> {
  let min = Infinity;
  let out = "";
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    out = await run();
    min = Math.min(min, performance.now() - t0);
  }
  return [min, out];
}

// "interp ms" is upy with the JavaScript tier off (-X jit=off): the tier must beat it on
// every row.
const rows: string[][] = [
  ["benchmark", "upy ms", "interp ms", "unix ms", "upy/unix", "wasm ms", "upy/wasm", "output"],
];
const ratios: number[] = [];
const unixRatios: number[] = [];
for (const name of files) {
  const source = Deno.readTextFileSync(new URL(name, benchDir));
  const [refMs, expected] = await best(() => {
    refOut = "";
    ref.runPython(source);
    return refOut;
  });
  // With the tier and without it, alternating (the first runs of a row also warm the runtime).
  const upyRun = async (jit: "on" | "off") => {
    let out = "";
    await runSource(source, { file: name, stdout: (s) => out += s, jit });
    return out;
  };
  let [upyMs, got, interpMs, interpOut] = [Infinity, "", Infinity, ""];
  for (let i = 0; i < ROUNDS; i++) {
    const [on, onOut] = await best(() => upyRun("on"), 1);
    const [off, offOut] = await best(() => upyRun("off"), 1);
    [upyMs, got] = [Math.min(upyMs, on), onOut];
    [interpMs, interpOut] = [Math.min(interpMs, off), offOut];
  }
  const ratio = upyMs / refMs;
  ratios.push(ratio);
  let unixMs = NaN;
  let unixSame = true;
  if (haveUnix) {
    const path = new URL(name, benchDir).pathname;
    for (let i = 0; i < ROUNDS; i++) {
      const [ms, out] = runUnix(path);
      if (!(ms >= unixMs)) unixMs = ms;
      unixSame = out === got;
    }
    if (unixMs > 0) unixRatios.push(upyMs / unixMs);
  }
  rows.push([
    name.replace(/\.py$/, ""),
    upyMs.toFixed(0),
    interpMs.toFixed(0) + (interpMs < upyMs ? " (faster)" : ""),
    Number.isNaN(unixMs) ? "-" : unixMs.toFixed(0),
    Number.isNaN(unixMs) ? "-" : (upyMs / unixMs).toFixed(2),
    refMs.toFixed(0),
    ratio.toFixed(2),
    got === expected && unixSame && interpOut === got ? "same" : "DIFFERENT",
  ]);
}
const geomean = (xs: number[]) =>
  Math.exp(xs.reduce((a, r) => a + Math.log(r), 0) / Math.max(1, xs.length));
rows.push([
  "geometric mean",
  "",
  "",
  "",
  unixRatios.length ? geomean(unixRatios).toFixed(2) : "-",
  "",
  geomean(ratios).toFixed(2),
  "",
]);

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join("  "));

// @native and @viper rows (bench/native/): the WebAssembly build has no native emitter, so
// only the unix port is the reference. upy runs @native functions as JIT-compiled bytecode and
// viper code as Thumb translated to JavaScript (32-bit words, as on a board: the programs keep
// their values small enough that the 64-bit port prints the same).
{
  const nativeDir = new URL("./bench/native/", import.meta.url);
  const natives = [...Deno.readDirSync(nativeDir)].map((e) => e.name)
    .filter((n) => n.endsWith(".py") && n.includes(filter)).sort();
  for (const name of natives) {
    const source = Deno.readTextFileSync(new URL(name, nativeDir));
    const [upyMs, got] = await best(async () => {
      let out = "";
      await runSource(source, { file: name, stdout: (s) => out += s });
      return out;
    });
    let anchor = "unix port not found";
    if (haveUnix) {
      let unixMs = Infinity, expected = "";
      for (let i = 0; i < ROUNDS; i++) {
        const [ms, out] = runUnix(new URL(name, nativeDir).pathname);
        [unixMs, expected] = [Math.min(unixMs, ms), out];
      }
      anchor = `unix port ${unixMs.toFixed(0)} ms, ratio ${(upyMs / unixMs).toFixed(2)}` +
        (got === expected ? "" : " (DIFFERENT OUTPUT)");
    }
    console.log(`${name.replace(/\.py$/, "")}: upy ${upyMs.toFixed(0)} ms, ${anchor}`);
  }
}

Deno.removeSync(harness);

// Regex scan over 1 MB (bench/re_scan.py): upy in this process against the real unix port
// (its start-up, `-c pass`, subtracted); the table above compares it with the WebAssembly
// build. Target: at most 2x the unix port.
{
  const { UNIX_PORT, haveUnixPort } = await import("../src/fs/test_support.ts");
  const source = Deno.readTextFileSync(new URL("re_scan.py", benchDir));
  const [upyMs, got] = await best(async () => {
    let out = "";
    await runSource(source, { file: "re_scan.py", stdout: (s) => out += s });
    return out;
  });
  let anchor = "unix port not found";
  if (haveUnixPort) {
    const path = new URL("re_scan.py", benchDir).pathname;
    const unix = (args: string[]) =>
      best(async () => {
        const r = await new Deno.Command(UNIX_PORT, { args, stdout: "piped" }).output();
        return new TextDecoder().decode(r.stdout);
      });
    const [runMs, expected] = await unix(["-X", "heapsize=64M", path]);
    const [startMs] = await unix(["-c", "pass"]);
    const refMs = Math.max(1, runMs - startMs);
    anchor = `unix port ${refMs.toFixed(0)} ms, ratio ${(upyMs / refMs).toFixed(2)}` +
      (got === expected ? "" : " (DIFFERENT OUTPUT)");
  }
  console.log(`re scan 1 MB (split, sub, search, sub): upy ${upyMs.toFixed(0)} ms, ${anchor}`);
}

// Start-up (issue 13: at most 45 ms above bare Deno): the whole CLI through bin/upy, as a user
// runs it, against `deno run` of an empty script, alternating, medians of STARTUP_RUNS each.
const upy = new URL("../bin/upy", import.meta.url).pathname;
const exists = (p: URL) => {
  try {
    Deno.statSync(p);
    return true;
  } catch {
    return false;
  }
};
{
  const empty = Deno.makeTempFileSync({ suffix: ".ts" });
  Deno.writeTextFileSync(empty, "export {};\n");
  const timed = async (cmd: string, args: string[]): Promise<[number, string]> => {
    const t0 = performance.now();
    const r = await new Deno.Command(cmd, { args, stdout: "piped" }).output();
    return [performance.now() - t0, new TextDecoder().decode(r.stdout)];
  };
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  };
  // bin/upy runs its bundle only when it is current: wait for a background rebuild (its lock),
  // then build it here.
  const lock = new URL("../dist/upy-bundle/lock", import.meta.url);
  for (let i = 0; i < 100 && exists(lock); i++) await new Promise((r) => setTimeout(r, 200));
  const build = new URL("./build_bundle.ts", import.meta.url).pathname;
  await new Deno.Command(Deno.execPath(), { args: ["run", "-A", "--no-lock", build] }).output();
  const upyTimes: number[] = [];
  const denoTimes: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    const [ms, out] = await timed(upy, ["-c", "print(1)"]);
    upyTimes.push(ms);
    if (out !== "1\n") console.log("startup run printed wrong output");
    denoTimes.push((await timed(Deno.execPath(), ["run", "--quiet", empty]))[0]);
  }
  Deno.removeSync(empty);
  const [u, d] = [median(upyTimes), median(denoTimes)];
  const diff = `difference ${(u - d).toFixed(0)} ms (target <= 45)`;
  console.log(
    `startup upy -c "print(1)": median ${u.toFixed(0)} ms, deno run (empty script) ` +
      `${d.toFixed(0)} ms, ${diff}, ${STARTUP_RUNS} runs each`,
  );
}

// upy cross on a generated 5,000-line module (issue 3: target < 1 s): in-process compile +
// write, then the whole CLI; the real mpy-cross is timed too when it is on PATH.
{
  const { crossCompile, writeFileAtomic } = await import("../ports/unix/cross.ts");
  const lines: string[] = [];
  for (let i = 0; lines.length <= 5000 - 16; i++) {
    lines.push(
      `def f${i}(a, b=${i}, *args, **kw):`,
      `    """doc ${i}"""`,
      `    x = [a * ${i} + b for a in range(${i % 7 + 1})]`,
      `    if a > ${i} and b != "s${i}":`,
      `        return {"k${i}": x, "f": ${i}.5, "t": (1, 2, ${i})}`,
      `    try:`,
      `        y = x[${i % 3}] // (b - ${i})`,
      `    except (ZeroDivisionError, IndexError) as e:`,
      `        y = str(e)`,
      `    while a < ${i + 10}:`,
      `        a += 1`,
      `    return y`,
      `class C${i}:`,
      `    def m(self, v):`,
      `        return self.__class__.__name__ + str(v) + ${JSON.stringify("s" + i)}`,
      `print(f${i}(${i}), C${i}().m(${i}))`,
    );
  }
  while (lines.length < 5000) lines.push(`z${lines.length} = ${lines.length}`);
  const source = lines.join("\n") + "\n";
  const dir = Deno.makeTempDirSync();
  const t = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  let inProc = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    inProc = Math.min(
      inProc,
      t(() => {
        const { mpy } = crossCompile(source, { inputName: "gen5000.py" });
        writeFileAtomic(`${dir}/gen5000.mpy`, mpy);
      }),
    );
  }
  Deno.writeTextFileSync(`${dir}/gen5000.py`, source);
  const cli = async (cmd: string, args: string[]) => {
    let best = Infinity;
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const r = await new Deno.Command(cmd, { args, cwd: dir, stderr: "piped" }).output();
      if (r.code !== 0) return NaN;
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const cliMs = await cli(upy, ["cross", "gen5000.py"]);
  let anchor = "mpy-cross not on PATH";
  try {
    const ms = await cli("mpy-cross", ["-o", "ref.mpy", "gen5000.py"]);
    if (!Number.isNaN(ms)) anchor = `mpy-cross ${ms.toFixed(0)} ms`;
  } catch {
    // not installed
  }
  const size = Deno.statSync(`${dir}/gen5000.mpy`).size;
  Deno.removeSync(dir, { recursive: true });
  console.log(
    `upy cross 5000 lines (${size} bytes out): in-process ${inProc.toFixed(0)} ms, ` +
      `CLI ${cliMs.toFixed(0)} ms (${anchor})`,
  );
}

// asyncio (issue 4): 10,000 tasks each awaiting asyncio.sleep_ms(1) ten times. The reference
// build cannot run asyncio.run, so there is no ratio.
{
  const source = "import asyncio\nasync def w():\n  for _ in range(10):\n" +
    "    await asyncio.sleep_ms(1)\nasync def main():\n" +
    "  await asyncio.gather(*[w() for _ in range(10000)])\nasyncio.run(main())\nprint('ok')\n";
  const [ms, out] = await best(async () => {
    let o = "";
    await runSource(source, { file: "asyncio_10k.py", stdout: (s) => o += s });
    return o;
  });
  console.log(
    `asyncio 10,000 tasks x 10 sleep_ms(1): ${ms.toFixed(0)} ms` +
      `${out === "ok\n" ? "" : " (WRONG OUTPUT)"} (reference cannot run asyncio.run)`,
  );
}

// asyncio streams (issue 4): the corpus echo test, 200 clients x 100 lines over 127.0.0.1
// (target under 5 s).
{
  const path = new URL("../tests/asyncio/stream_echo_200_clients.py", import.meta.url);
  const source = Deno.readTextFileSync(path);
  const t0 = performance.now();
  let out = "";
  await runSource(source, { file: "stream_echo_200_clients.py", stdout: (s) => out += s });
  const ms = performance.now() - t0;
  const ok = out.includes("all echoed True");
  console.log(
    `asyncio echo server, 200 clients x 100 lines: ${ms.toFixed(0)} ms${ok ? "" : " (FAILED)"}`,
  );
}

// Machine code on the Cortex-M3 board (issue 10): viper and native against bytecode.
await (await import("./bench_board.ts")).benchOnBoard();
