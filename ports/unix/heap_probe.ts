// The host heap as src/py/heap.ts sees it: V8's live bytes, and a full collection when the
// nominal heap looks full (so that garbage not yet collected does not count as held).
//
// node:v8 and node:vm bring Node's compatibility layer (~20 ms of start-up that `print(1)`
// should not pay), so they load in the background from the second look on (the first is the
// start-up baseline). Until they arrive, Deno.memoryUsage() gives the same figure (at ~150 µs a
// look), and a collection needs the gc() that bin/upy's --expose-gc provides, or else waits
// for them. The VM yields to the event loop every few milliseconds, so they arrive early; what
// the heap grew by meanwhile (mostly their own footprint) is not counted against the program.
import type { HeapProbe } from "../../src/py/heap.ts";

let v8: typeof import("node:v8") | undefined;
let vm: typeof import("node:vm") | undefined;
let looks = 0;
/** Host bytes not the program's: the growth while node:v8 and node:vm loaded. */
let offset = 0;
let gc = (globalThis as { gc?: () => void }).gc;

function load(): void {
  const before = Deno.memoryUsage().heapUsed;
  Promise.all([import("node:v8"), import("node:vm")]).then(([v, m]) => {
    vm = m.default;
    offset = Math.max(0, v.default.getHeapStatistics().used_heap_size - before);
    v8 = v.default;
  }, () => {});
}

/** A full collection (it takes milliseconds: only when the heap looks full). */
function fullCollection(): boolean {
  if (gc === undefined) {
    if (v8 === undefined || vm === undefined) return false;
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as () => void;
  }
  gc();
  return true;
}

export function v8HeapProbe(): HeapProbe {
  return {
    used: () => {
      if (v8 !== undefined) return v8.getHeapStatistics().used_heap_size - offset;
      if (looks++ === 1) load();
      return Deno.memoryUsage().heapUsed;
    },
    collect: fullCollection,
  };
}
