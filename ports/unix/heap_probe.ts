// The host heap as src/py/heap.ts sees it: V8's live bytes, and a full collection when the
// nominal heap looks full (so that garbage not yet collected does not count as held).
import v8 from "node:v8";
import vm from "node:vm";
import type { HeapProbe } from "../../src/py/heap.ts";

let gc: (() => void) | undefined;

/** V8's gc(), exposed on first use (a full collection takes milliseconds: only when needed). */
function fullCollection(): void {
  if (gc === undefined) {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as () => void;
  }
  gc();
}

export function v8HeapProbe(): HeapProbe {
  return {
    used: () => v8.getHeapStatistics().used_heap_size,
    collect: fullCollection,
  };
}
