// The board harness on real firmware: source text and a .mpy from `upy cross` (a bytecode
// function) run on each board; a crash and a hang cost a reboot and the next program still runs.
import { crossCompile } from "../unix/cross.ts";
import { type BoardCase, testOnBoards } from "./board_test_util.ts";

const BYTECODE_MODULE = `def scale(xs, k=3):
    return [x * k for x in xs]
print(scale([1, 2, 3]), __name__)
`;

// A load from an odd address faults on every Cortex-M core when it is unaligned (M0) or hits
// nothing (0xFFFFFFF1 on M3/M55 is outside the memory map).
const FAULTING = `@micropython.asm_thumb
def boom(r0):
    ldr(r0, [r0, 0])
print('before')
boom(-15)
`;

const cases: BoardCase[] = [
  { name: "print(1+1)", expect: "2\n", run: (b) => b.run("print(1+1)") },
  {
    name: "bytecode .mpy",
    expect: "[3, 6, 9] mod\n",
    run: (b) => {
      const { mpy } = crossCompile(BYTECODE_MODULE, { inputName: "mod.py" });
      return b.runMpy(mpy, "mod");
    },
  },
  {
    name: "a traceback goes to stderr",
    expect: "",
    run: async (b) => {
      const r = await b.run("1/0");
      const ok = r.stderr.endsWith("ZeroDivisionError: divide by zero\n");
      return { ...r, stderr: ok ? "" : r.stderr };
    },
  },
  {
    name: "a CPU fault reboots the board",
    expect: "crashed\n",
    run: async (b) => {
      const r = await b.run(FAULTING);
      return { status: "ok", stdout: `${r.status}\n`, stderr: "" };
    },
  },
  {
    name: "a hung program times out and the board reboots",
    expect: "timeout\n",
    run: async (b) => {
      const r = await b.run("while True:\n    pass\n", 300);
      return { status: "ok", stdout: `${r.status}\n`, stderr: "" };
    },
  },
  { name: "runs after the reboots", expect: "ok\n", run: (b) => b.run("print('ok')") },
];

await testOnBoards("board harness", () => ({ cases }));
