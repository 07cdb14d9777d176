// The heap model: pool sizes as the unix port reports them, and MemoryError once the host heap
// (a fake probe here) holds more than the nominal heap, cleared again by a collection.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { createInterpreter } from "../../mod.ts";
import { gcPoolBytes, setHeapProbe } from "./heap.ts";

Deno.test("gc pool for -X heapsize matches the unix port's gc.mem_free()+gc.mem_alloc()", () => {
  // Measured on micropython-1.27.0-unix-x86_64.
  const measured: [number, number][] = [
    [4096, 3968],
    [10000, 9856],
    [100000, 98816],
    [4 * 1024 * 1024, 4145664],
  ];
  for (const [heap, pool] of measured) assertEquals(gcPoolBytes(heap), pool);
});

const PROGRAM = `
for i in range(100000):
    pass
try:
    x = [1, 2]
    print("allocated")
except MemoryError as e:
    print(e)
`;

/** Runs PROGRAM with a host heap far over the nominal one until a collection, which frees it
 * all unless `heldLive`. */
async function runOverFullHeap(heldLive: boolean): Promise<[string, number]> {
  let out = "";
  let used = 0; // at installation: the baseline
  let collections = 0;
  setHeapProbe({
    used: () => used,
    collect: () => {
      collections++;
      if (!heldLive) used = 0;
      return true;
    },
  });
  used = 1e9;
  try {
    const py = createInterpreter({ stdout: (s) => (out += s) });
    py.state.heapBytes = 100000;
    await py.runSource(PROGRAM, "full.py");
  } finally {
    setHeapProbe(undefined);
  }
  return [out, collections];
}

Deno.test("a full heap raises MemoryError at an allocation; a collection that frees clears it", async () => {
  assertEquals(await runOverFullHeap(true), ["memory allocation failed, allocating 32 bytes\n", 1]);
  assertEquals(await runOverFullHeap(false), ["allocated\n", 1]);
});
