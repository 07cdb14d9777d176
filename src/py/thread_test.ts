// _thread under the VM: threads interleave with a busy main loop, the scheduler hooks leave
// the VM once the last thread ends (no cost afterwards), blocking inside a nested loop is a
// Python error, and two interpreters' threads stay apart.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { createInterpreter } from "../../mod.ts";
import { vmThreads } from "./vm.ts";

function interp(out: string[]) {
  return createInterpreter({ stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
}

Deno.test("a busy main loop lets threads run, and the hooks go when they end", async () => {
  const out: string[] = [];
  const r = await interp(out).runSource(`
import _thread
seen = []
def spin(k):
    for i in range(3000):
        pass
    seen.append(k)
for k in range(3):
    _thread.start_new_thread(spin, (k,))
while len(seen) < 3:
    pass
print(sorted(seen))
`);
  assertEquals(r.code, 0);
  assertEquals(out.join(""), "[0, 1, 2]\n");
  await new Promise((resolve) => setTimeout(resolve, 0));
  assertEquals(vmThreads.hooks, undefined);
});

Deno.test("a contended lock in a nested loop raises instead of hanging", async () => {
  const out: string[] = [];
  await interp(out).runSource(`
import _thread
l = _thread.allocate_lock()
l.acquire()
try:
    sorted([2, 1], key=lambda x: l.acquire())
except RuntimeError as e:
    print("RuntimeError:", e)
def gen():
    with l:
        yield 1
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e)
print(l.locked())
`);
  const msg = "RuntimeError: blocking operation inside a callback from native code isn't supported";
  assertEquals(out.join(""), `${msg}\n${msg}\nTrue\n`);
});

Deno.test("two interpreters' threads and idents stay apart", async () => {
  const src = (tag: string) => `
import _thread, time
main = _thread.get_ident()
got = []
def f():
    time.sleep_ms(3)
    got.append((_thread.get_ident() != main, '${tag}'))
for i in range(2):
    _thread.start_new_thread(f, ())
while len(got) < 2:
    time.sleep_ms(1)
print(got, _thread.get_ident() == main)
`;
  const outA: string[] = [];
  const outB: string[] = [];
  const [ra, rb] = await Promise.all([
    interp(outA).runSource(src("a")),
    interp(outB).runSource(src("b")),
  ]);
  ok(ra.code === 0 && rb.code === 0);
  assertEquals(outA.join(""), "[(True, 'a'), (True, 'a')] True\n");
  assertEquals(outB.join(""), "[(True, 'b'), (True, 'b')] True\n");
});
