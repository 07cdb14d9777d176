// time: ticks arithmetic, sleeps that suspend (and so use no CPU), and Ctrl-C during a sleep.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { createInterpreter, type Interpreter } from "../../mod.ts";
import { TICKS_PERIOD, ticksAdd, ticksDiff } from "./mod_time.ts";

/** The interpreter of the latest run (for Ctrl-C). */
let current: Interpreter | undefined;

async function run(source: string): Promise<string> {
  let out = "";
  current = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  await current.runSource(source);
  return out;
}

/** User + system CPU time of this process in ms (Linux /proc). */
function cpuMs(): number {
  const stat = Deno.readTextFileSync("/proc/self/stat");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) * 10; // utime, stime in clock ticks (USER_HZ = 100)
}

Deno.test("ticks_add / ticks_diff wrap with period 2**30", () => {
  assertEquals(TICKS_PERIOD, 2 ** 30);
  assertEquals(ticksAdd(0, -1), 2 ** 30 - 1);
  assertEquals(ticksDiff(0, 2 ** 30 - 1), 1);
  assertEquals(ticksDiff(2 ** 29, 0), -(2 ** 29));
  assertEquals(ticksDiff(ticksAdd(12345, 2 ** 29 - 1), 12345), 2 ** 29 - 1);
});

Deno.test("time.sleep(0.2) suspends: under 10% CPU of the wall time", async () => {
  await run("import time\ntime.sleep(0.01)"); // warm up compilation
  const c0 = cpuMs();
  const t0 = performance.now();
  const out = await run("import time\ntime.sleep(0.2)\nprint('ok')");
  const wall = performance.now() - t0;
  const cpu = cpuMs() - c0;
  assertEquals(out, "ok\n");
  ok(wall >= 195, `slept ${wall} ms`);
  ok(cpu < wall * 0.1, `cpu ${cpu} ms over ${wall} ms`);
});

Deno.test("sleep in a nested loop (inside __init__) blocks without error", async () => {
  const out = await run(`import time
class A:
    def __init__(self):
        time.sleep_ms(30)
t = time.ticks_ms()
A()
print(time.ticks_diff(time.ticks_ms(), t) >= 30)`);
  assertEquals(out, "True\n");
});

Deno.test("the event loop runs during a sleep", async () => {
  let fired = 0;
  const timer = setTimeout(() => fired = performance.now(), 20);
  const t0 = performance.now();
  await run("import time\ntime.sleep_ms(100)");
  clearTimeout(timer);
  ok(fired > 0 && fired - t0 < 90, "timer fired during the sleep");
});

Deno.test("Ctrl-C interrupts a sleep promptly", async () => {
  const t0 = performance.now();
  setTimeout(() => current?.interrupt(), 50);
  const out = await run(`import time
try:
    time.sleep(5)
except KeyboardInterrupt:
    print('KI')`);
  assertEquals(out, "KI\n");
  ok(performance.now() - t0 < 1000);
});
