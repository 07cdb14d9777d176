// `upy romfs` / `upy image` as a user meets them: outputs, and one-line errors with nothing
// half-written for bad input.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { join } from "node:path";

const MAIN = join(import.meta.dirname!, "main.ts");

async function upy(args: string[], cwd: string) {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-lock", MAIN, ...args],
    cwd,
    stdin: "null",
  }).output();
  const dec = new TextDecoder();
  return { code: r.code, out: dec.decode(r.stdout), err: dec.decode(r.stderr) };
}

Deno.test("upy romfs build / ls / cat, and image errors", async () => {
  const dir = Deno.makeTempDirSync();
  try {
    Deno.mkdirSync(join(dir, "app/lib"), { recursive: true });
    Deno.writeTextFileSync(join(dir, "app/main.py"), "import util\nprint(util.twice(21))\n");
    Deno.writeTextFileSync(join(dir, "app/lib/util.py"), "def twice(x):\n    return 2 * x\n");
    Deno.writeTextFileSync(join(dir, "app/notes.txt"), "kept as it is\n");
    let r = await upy(["romfs", "build", "app", "-o", "app.img", "--board", "mps2-an385"], dir);
    assertEquals([r.code, r.err], [0, ""]);
    r = await upy(["romfs", "ls", "app.img"], dir);
    assertEquals(r.out, "lib/\n  util.mpy 51\nmain.mpy 57\nnotes.txt 14\n");
    r = await upy(["romfs", "cat", "app.img", "/notes.txt"], dir);
    assertEquals(r.out, "kept as it is\n");

    // Each mistake: exit status 1, one line on stderr, no output file.
    Deno.writeTextFileSync(join(dir, "fw.bin"), "firmware");
    Deno.writeTextFileSync(join(dir, "bad.img"), "not an image at all");
    const cases: [string[], RegExp][] = [
      [["image", "--board", "nope", "--firmware", "fw.bin", "-o", "x.uf2"], /unknown board 'nope'/],
      [
        ["image", "--board", "pico", "--firmware", "missing.bin", "-o", "x.uf2"],
        /can't read firmware/,
      ],
      [
        ["image", "--board", "pico", "--firmware", "fw.bin", "--romfs", "app", "-o", "x.uf2"],
        /no ROMFS/,
      ],
      [[
        "image",
        "--board",
        "mps2-an385",
        "--firmware",
        "fw.bin",
        "--romfs",
        "bad.img",
        "-o",
        "x.hex",
      ], /not a ROMFS/],
      [["image", "inspect", "missing.uf2"], /can't read image/],
      [["romfs", "ls", "bad.img"], /not a ROMFS image/],
      [["romfs", "cat", "app.img", "/nope"], /no such file/],
    ];
    for (const [args, re] of cases) {
      r = await upy(args, dir);
      assertEquals(r.code, 1, args.join(" "));
      ok(re.test(r.err) && r.err.trimEnd().split("\n").length === 1, `${args.join(" ")}: ${r.err}`);
    }
    Deno.writeTextFileSync(join(dir, "app/broken.py"), "def f(:\n");
    r = await upy(["romfs", "build", "app", "-o", "app2.img"], dir);
    assertEquals([r.code, r.err], [1, "upy romfs: broken.py: SyntaxError: invalid syntax\n"]);
    for (const f of ["x.uf2", "x.hex", "app2.img"]) {
      ok(![...Deno.readDirSync(dir)].some((e) => e.name.includes(f)), `${f} was written`);
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
