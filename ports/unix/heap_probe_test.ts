// -X heapsize sets the nominal heap: gc's figures add up to its pool as on the unix port, and a
// program holding more than it gets MemoryError (sooner for a smaller heap).
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

async function upy(args: string[]): Promise<string> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-lock", "--quiet", MAIN, ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  return new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
}

const FILL = `
lst = []
n = 0
while True:
    try:
        lst = [lst]
        n += 1
    except MemoryError as e:
        err = e
        break
lst = None
print(n, err)
`;

Deno.test("-X heapsize: gc.mem_free() + gc.mem_alloc() is the GC pool of that heap", async () => {
  const show = "import gc; print(gc.mem_free() + gc.mem_alloc())";
  assertEquals(await upy(["-X", "heapsize=100000", "-c", show]), "98816\n");
  assertEquals(await upy(["-c", show]), "2072832\n");
});

Deno.test("-X heapsize: holding more than the heap raises MemoryError", async () => {
  const count = async (heap: string) => {
    const [n, ...msg] = (await upy(["-X", `heapsize=${heap}`, "-c", FILL])).trim().split(" ");
    assertEquals(msg.join(" "), "memory allocation failed, allocating 32 bytes");
    return Number(n);
  };
  const small = await count("100000");
  const large = await count("1000000");
  ok(small > 1000 && large > 2 * small, `${small} ${large}`);
});
