// mountImage tells the formats apart, and a corrupted image of any of them (what `upy fs ls`
// might be given) is an FsError, never a JavaScript crash.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { buildFat } from "./fat.ts";
import { buildLfs1 } from "./lfs1_write.ts";
import { buildLfs2 } from "./lfs2.ts";
import { buildRomfs } from "./romfs.ts";
import { type ImageKind, mountImage } from "./detect.ts";
import { rng } from "./test_support.ts";
import { type FileSystem, type FsEntry, FsError } from "./types.ts";

const enc = new TextEncoder();
const TREE: FsEntry[] = [
  { path: "main.py", kind: "file", data: enc.encode("print('hi')\n") },
  { path: "lib", kind: "dir" },
  { path: "lib/data.bin", kind: "file", data: new Uint8Array(3000).map((_, i) => i) },
  { path: "lib/sub/x.txt", kind: "file", data: enc.encode("x") },
];

const IMAGES: [ImageKind, Uint8Array][] = [
  ["romfs", buildRomfs(TREE)],
  ["lfs2", buildLfs2(TREE, { blockSize: 512, blockCount: 40 })],
  ["lfs1", buildLfs1(TREE, { blockSize: 256, blockCount: 60 })],
  ["fat", buildFat(TREE, { blockSize: 512, blockCount: 200 })],
  ["fat", buildFat(TREE, { blockSize: 4096, blockCount: 40 })],
];

function readAll(fs: FileSystem, dir = "/"): number {
  let n = 0;
  for (const e of fs.list(dir)) {
    const p = `${dir === "/" ? "" : dir}/${e.name}`;
    n += e.kind === "dir" ? readAll(fs, p) : fs.readFile(p).length;
  }
  return n;
}

Deno.test("mountImage detects ROMFS, littlefs v1/v2 and FAT", () => {
  for (const [kind, img] of IMAGES) {
    const m = mountImage(img);
    assertEquals(m.kind, kind);
    assertEquals(readAll(m.fs), 3013);
    assertEquals(m.fs.readFile("/lib/sub/x.txt"), enc.encode("x"));
  }
  for (const junk of [new Uint8Array(0), new Uint8Array(4096), new Uint8Array(4096).fill(0xff)]) {
    try {
      mountImage(junk);
      ok(false, "mounted junk");
    } catch (e) {
      ok(e instanceof FsError, String(e));
    }
  }
});

Deno.test("mountImage on corrupted images: FsError only", () => {
  const r = rng(2024);
  let mounted = 0;
  for (let round = 0; round < 3000; round++) {
    const [, good] = IMAGES[round % IMAGES.length];
    const img = good.slice();
    const flips = 1 + Math.floor(r() * 12);
    for (let k = 0; k < flips; k++) {
      // Mostly the metadata at the start, sometimes anywhere.
      const at = Math.floor(r() * (r() < 0.7 ? Math.min(img.length, 2048) : img.length));
      img[at] = Math.floor(r() * 256);
    }
    try {
      readAll(mountImage(r() < 0.1 ? img.subarray(0, Math.floor(r() * img.length)) : img).fs);
      mounted++;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
  ok(mounted > 100, `only ${mounted} corrupted images mounted`);
});
