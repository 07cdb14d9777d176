// A multi-module application (a package under lib/, a data file, a module with native and viper
// functions) built into a ROMFS image by `upy romfs`/`upy image` and booted on each qemu board
// that has a ROMFS partition: once as a merged ELF (`upy image ... -o app.elf`, qemu -kernel) and
// once as the plain firmware plus `-device loader` for the image. The firmware mounts it at /rom
// and `import app` must print what upy prints for the same folder.
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { join } from "node:path";
import { createInterpreter, unixHost } from "../../mod.ts";
import { buildImage } from "../../src/image/build.ts";
import { findBoard } from "../../src/image/boards.ts";
import { romfsFromDir } from "../unix/cmd_image.ts";
import { Board } from "./board.ts";
import { BOARDS, firmwareDir, romfsLoaderArgs, unavailableReason } from "./boards.ts";

const APP = join(import.meta.dirname!, "testdata", "romfs_app");

/** What upy prints for `import app` with the folder and its lib/ on sys.path. */
async function desktopOutput(): Promise<string> {
  let out = "";
  const py = createInterpreter({
    host: unixHost(),
    stdout: (s) => out += s,
    stderr: (s) => out += s,
  });
  await py.runSource(
    `import sys\nsys.path[:0] = [${JSON.stringify(APP)}, ${
      JSON.stringify(APP + "/lib")
    }]\nimport app\n`,
  );
  return out;
}

for (const spec of BOARDS.filter((b) => findBoard(b.name)?.romfs !== undefined)) {
  const why = await unavailableReason(spec);
  if (why !== null) console.log(`skipping ROMFS boot on ${spec.name}: ${why}`);
  Deno.test({
    name: `a ROMFS application boots on ${spec.name} (merged ELF and -device loader)`,
    ignore: why !== null,
    fn: async () => {
      const expected = await desktopOutput();
      const board = findBoard(spec.name)!;
      const romfs = romfsFromDir(APP, board.arch);
      const firmware = Deno.readFileSync(join(firmwareDir(), spec.firmware));
      const dir = Deno.makeTempDirSync();
      try {
        const elf = join(dir, "app.elf"), img = join(dir, "app.romfs");
        Deno.writeFileSync(elf, buildImage({ board, firmware, romfs, format: "elf" }));
        Deno.writeFileSync(img, romfs);
        for (const opts of [{ kernel: elf }, { qemuArgs: romfsLoaderArgs(spec, img) }]) {
          const b = await Board.boot(spec, opts);
          try {
            const r = await b.run("import app");
            assertEquals({ status: r.status, out: r.stdout + r.stderr }, {
              status: "ok",
              out: expected,
            });
          } finally {
            await b.close();
          }
        }
      } finally {
        Deno.removeSync(dir, { recursive: true });
      }
    },
  });
}
