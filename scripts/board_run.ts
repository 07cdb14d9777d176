// Compiles Python files for a qemu board (its -march, optionally `-X emit=native|viper`) and
// runs the .mpy there, printing what the board prints: the oracle for machine code by hand.
//
//   deno run -A scripts/board_run.ts [--board NAME] [-X emit=native] FILE.py...
import { parseArgs } from "node:util";
import { basename } from "node:path";
import { crossCompile } from "../ports/unix/cross.ts";
import { ARCH_CODES } from "../src/mpy/arch.ts";
import { Board, BOARDS, unavailableReason } from "../ports/qemu/mod.ts";
import { formatException, PyBaseException } from "../src/py/obj_exception.ts";

const { values, positionals } = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: { board: { type: "string", default: "mps2-an385" }, X: { type: "string" } },
});
const spec = BOARDS.find((b) => b.name === values.board);
if (spec === undefined) {
  console.error(`unknown board ${values.board}; known: ${BOARDS.map((b) => b.name).join(", ")}`);
  Deno.exit(2);
}
const why = await unavailableReason(spec);
if (why !== null) {
  console.error(why);
  Deno.exit(2);
}
const emit = values.X?.replace(/^emit=/, "") as "native" | "viper" | "bytecode" | undefined;
const board = await Board.boot(spec);
try {
  for (const file of positionals) {
    let mpy: Uint8Array;
    try {
      ({ mpy } = crossCompile(Deno.readTextFileSync(file), {
        inputName: basename(file),
        arch: ARCH_CODES.get(spec.arch),
        emit,
      }));
    } catch (e) {
      // a compile error is the program's output, as mpy-cross would print it
      if (!(e instanceof PyBaseException)) throw e;
      if (positionals.length > 1) console.log(`=== ${file} (compile error)`);
      Deno.stdout.writeSync(new TextEncoder().encode(formatException(e)));
      continue;
    }
    const r = await board.runMpy(mpy);
    if (positionals.length > 1) console.log(`=== ${file} (${r.status})`);
    Deno.stdout.writeSync(new TextEncoder().encode(r.stdout + r.stderr));
    if (r.note) console.log(`[${r.note}]`);
  }
} finally {
  await board.close();
}
