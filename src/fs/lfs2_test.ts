import { deepStrictEqual as assertEquals, ok, throws } from "node:assert/strict";
import { join } from "node:path";
import { buildLfs2, formatLfs2, mountLfs2, probeLittlefs } from "./lfs2.ts";
import { Lfs2Core } from "./lfs2_core.ts";
import { ctzDataStart, ctzIndex } from "./lfs2_ctz.ts";
import { Disk } from "./lfs2_disk.ts";
import { mkTag, type Pair, pairData, T } from "./lfs2_mdir.ts";
import {
  applyOp,
  crc32,
  haveUnixPort,
  Model,
  type Op,
  PY_APPLY,
  PY_POOL,
  pyOps,
  randomTree,
  rng,
  runMicroPython,
  UNIX_PORT,
  walkLines,
} from "./lfs2_testutil.ts";
import {
  type BlockDevice,
  ERRNO,
  type FileSystem,
  type FsEntry,
  FsError,
  type Geometry,
  memoryDevice,
} from "./types.ts";

if (!haveUnixPort) console.log(`skipping littlefs v2 checks against MicroPython: no ${UNIX_PORT}`);
const TESTDATA = join(import.meta.dirname!, "testdata", "lfs");

const errno = (f: () => unknown, n: number) =>
  throws(f, (e) => e instanceof FsError && e.errno === n && !e.message.includes("\n"));

const mount = (img: Uint8Array, bs: number) => mountLfs2(memoryDevice(img, bs));

/** Blocks a tree needs, roughly (files, directories, metadata), so most trees fit first time. */
function estimateBlocks(tree: FsEntry[], bs: number): number {
  let n = 4;
  for (const e of tree) {
    n += e.kind === "dir"
      ? 2
      : (e.data!.length > bs / 8 ? Math.ceil(e.data!.length / (bs - 16)) : 0);
    n += (e.path.length + 40) / (bs / 2) * 2;
  }
  return Math.ceil(n * 1.3) + 6;
}

/** Metadata pairs on the list, and how many of them continue a directory (hard tails). */
function pairStats(img: Uint8Array, bs: number): { pairs: number; split: number } {
  const core = new Lfs2Core(new Disk(memoryDevice(img, bs), bs, img.length / bs), 32);
  core.scan();
  let pairs = 0, split = 0;
  for (const m of core.pairs()) {
    pairs++;
    if (m.split) split++;
  }
  return { pairs, split };
}

interface Built {
  tree: FsEntry[];
  geometry: Geometry;
  img: Uint8Array;
}

const TREES = 240;
let built: Built[] | null = null;
/** The random trees and their images (shared by the tests that read them). */
function builtTrees(): Built[] {
  if (built) return built;
  built = [];
  for (let i = 0; i < TREES; i++) {
    const blockSize = [512, 1024, 4096, 256, 512, 2048][i % 6];
    const progSize = i % 10 === 7 ? 64 : i % 10 === 9 ? 16 : 32;
    const tree = randomTree(i + 1, {
      maxDepth: 3,
      maxSize: blockSize * (i % 3 === 0 ? 9 : 3),
      bigDir: i % 4 === 0 ? 0.25 : 0.02,
    });
    let blockCount = estimateBlocks(tree, blockSize);
    for (;;) {
      const geometry = { blockSize, blockCount, progSize, readSize: progSize };
      try {
        built.push({ tree, geometry, img: buildLfs2(tree, geometry) });
        break;
      } catch (e) {
        if (!(e instanceof FsError) || e.errno !== ERRNO.ENOSPC) throw e;
        blockCount = Math.ceil(blockCount * 1.5);
      }
    }
  }
  return built;
}

Deno.test("littlefs v2: CTZ block index matches the pointer layout", () => {
  for (const bs of [128, 256, 512, 4096]) {
    let start = 0;
    for (let i = 0; i < 300; i++) {
      const end = start + bs - ctzDataStart(i);
      for (const off of [start, start + 1, end - 1]) assertEquals(ctzIndex(bs, off), i);
      start = end;
    }
  }
});

Deno.test("littlefs v2: 240 random trees (inline and multi-block files, split directories) read back as built", () => {
  let splitImages = 0, multiBlock = 0, inline = 0;
  for (const { tree, geometry, img } of builtTrees()) {
    assertEquals(img.length, geometry.blockSize * geometry.blockCount);
    const fs = mount(img, geometry.blockSize);
    const model = Model.fromTree(tree, geometry.blockCount, geometry.blockSize);
    assertEquals(walkLines(fs).sort(), model.lines());
    if (pairStats(img, geometry.blockSize).split > 0) splitImages++;
    for (const e of tree) {
      if (e.kind !== "file") continue;
      if (e.data!.length > geometry.blockSize) multiBlock++;
      else if (e.data!.length <= geometry.blockSize / 8) inline++;
    }
  }
  console.log(
    `${splitImages} images with split directories, ${multiBlock} multi-block and ${inline} inline files`,
  );
  ok(splitImages >= 40, `${splitImages} images with split directories`);
  ok(multiBlock >= 500 && inline >= 1000, `${multiBlock} multi-block, ${inline} inline files`);
});

Deno.test({
  name:
    "littlefs v2: MicroPython reads 240 of our images as we do, then writes to them consistently",
  ignore: !haveUnixPort,
  fn: async () => {
    const dir = Deno.makeTempDirSync();
    try {
      const expected: string[] = [];
      const calls: string[] = [];
      builtTrees().forEach(({ tree, geometry, img }, i) => {
        const bs = geometry.blockSize;
        Deno.writeFileSync(join(dir, `${i}.img`), img);
        const fs = mount(img.slice(), bs);
        expected.push(...walkLines(fs, `${i} `), `${i} free ${fs.usage!().free}`);
        // Then a few changes by MicroPython; the same ones by us give the same listing.
        const model = Model.fromTree(tree, geometry.blockCount, bs);
        const r = rng(5000 + i);
        // MicroPython's littlefs loses track of the entry after a moved one while a rename is
        // half done, so a first scan of free blocks then (a split in a rename) can reuse that
        // entry's blocks: start with a write, which scans before any rename does.
        const ops: Op[] = [["w", "/mp-first", i, 100]];
        model.apply(ops[0]);
        for (let k = 0; k < 4; k++) {
          const op = model.randomOp(r, bs * 3);
          model.apply(op);
          ops.push(op);
        }
        const ours = mountLfs2(memoryDevice(img.slice(), bs), geometry, { mtime: false });
        for (const op of ops) applyOp(ours, op);
        expected.push(...walkLines(ours, `B${i} `));
        assertEquals(walkLines(ours).sort(), model.lines());
        calls.push(`check(${i}, ${bs}, ${pyOps(ops)})`);
      });
      const out = await runMicroPython(
        dir,
        PY_POOL + PY_APPLY + `
import vfs
def check(i, bs, ops):
    bd = load("${dir}/%d.img" % i, bs)
    fs = vfs.VfsLfs2(bd)
    walk(fs, "%d " % i)
    free = fs.statvfs("/")[3]
    print("%d free %d" % (i, free if free < 1 << 31 else 0))
    apply(fs, ops)
    fs = vfs.VfsLfs2(bd)
    walk(fs, "B%d " % i)
${calls.join("\n")}
`,
      );
      assertEquals(out, expected);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "littlefs v2: a fresh format is byte for byte MicroPython's mkfs",
  ignore: !haveUnixPort,
  fn: async () => {
    const dir = Deno.makeTempDirSync();
    try {
      const shapes = [[512, 64], [1024, 32], [4096, 16], [256, 100]];
      await runMicroPython(
        dir,
        `import vfs\n` +
          shapes.map(([bs, n]) =>
            `bd = RAMBdev(${bs}, bytearray(b"\\xff" * ${bs * n}))\n` +
            `vfs.VfsLfs2.mkfs(bd)\nsave("${dir}/${bs}.img", bd)\n`
          ).join(""),
      );
      for (const [bs, n] of shapes) {
        const img = new Uint8Array(bs * n).fill(0xff);
        formatLfs2(memoryDevice(img, bs), { blockSize: bs, blockCount: n });
        assertEquals(img, Deno.readFileSync(join(dir, `${bs}.img`)));
      }
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

interface Written {
  bs: number;
  count: number;
  model: Model;
  img: Uint8Array;
  lines: string[];
}

let written: Written[] | null = null;
/** Images MicroPython wrote with random changes (create, overwrite, append, delete, rename). */
async function mpWritten(dir: string): Promise<Written[]> {
  if (written) return written;
  const cases: { bs: number; count: number; model: Model; ops: Op[] }[] = [];
  for (let i = 0; i < 36; i++) {
    const bs = [512, 1024, 4096][i % 3];
    const count = [32, 64, 128, 256][Math.floor(i / 3) % 4];
    const r = rng(100 + i);
    const model = new Model(count, bs);
    const ops: Op[] = [];
    const add = (op: Op) => {
      model.apply(op);
      ops.push(op);
    };
    for (let k = 0; k < 60 + (i % 5) * 40; k++) add(model.randomOp(r, bs * 4, 0.5));
    if (i % 2 === 0 && count >= 128) {
      // A directory of many entries (split over pairs), most removed again (pairs dropped).
      add(["m", "/many"]);
      for (let k = 0; k < 90; k++) add(["w", `/many/f${k}`, k, Math.floor(r() * 60)]);
      for (let k = 0; k < 90; k++) if (k % 5 !== 0 || i % 4 === 0) add(["r", `/many/f${k}`]);
      for (let k = 0; k < 20; k++) add(model.randomOp(r, bs * 4));
    }
    cases.push({ bs, count, model, ops });
  }
  const out = await runMicroPython(
    dir,
    PY_POOL + PY_APPLY + `
import vfs
def mtimes(fs, prefix, d="/"):
    for name, kind, _, size in fs.ilistdir(d):
        p = (d + "/" + name) if d != "/" else "/" + name
        if kind == 0x4000:
            mtimes(fs, prefix, p)
        else:
            print("%s%s %d" % (prefix, p, fs.stat(p)[8]))
def make(i, bs, count, ops):
    bd = RAMBdev(bs, bytearray(b"\\xff" * (bs * count)))
    vfs.VfsLfs2.mkfs(bd)
    fs = vfs.VfsLfs2(bd)
    apply(fs, ops)
    save("${dir}/mp%d.img" % i, bd)
    walk(fs, "%d " % i)
    print("%d free %d" % (i, fs.statvfs("/")[3]))
    mtimes(fs, "T%d " % i)
` + cases.map((c, i) => `make(${i}, ${c.bs}, ${c.count}, ${pyOps(c.ops)})`).join("\n"),
  );
  written = cases.map((c, i) => ({
    ...c,
    img: Deno.readFileSync(join(dir, `mp${i}.img`)),
    lines: out.filter((l) => l.startsWith(`${i} `) || l.startsWith(`T${i} `)),
  }));
  return written;
}

Deno.test({
  name:
    "littlefs v2: images MicroPython wrote (overwrite, append, delete, rename) read as it reads them",
  ignore: !haveUnixPort,
  fn: async () => {
    const dir = Deno.makeTempDirSync();
    try {
      let entries = 0, split = 0;
      for (const [i, w] of (await mpWritten(dir)).entries()) {
        const fs = mount(w.img, w.bs);
        const lines = walkLines(fs, `${i} `);
        const mtimes: string[] = [];
        for (const l of lines) {
          const p = l.slice(`${i} `.length).split(" ");
          if (p.length === 3) mtimes.push(`T${i} ${p[0]} ${fs.stat(p[0]).mtime}`);
        }
        assertEquals([...lines, `${i} free ${fs.usage!().free}`, ...mtimes], w.lines);
        assertEquals(walkLines(fs).sort(), w.model.lines());
        entries += lines.length;
        split += pairStats(w.img, w.bs).split;
      }
      console.log(`${entries} entries, ${split} pairs continuing a directory`);
      ok(entries > 500 && split > 5, `${entries} entries, ${split} split pairs`);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "littlefs v2: our changes to MicroPython's images are exactly what MicroPython then sees",
  ignore: !haveUnixPort,
  fn: async () => {
    const dir = Deno.makeTempDirSync();
    try {
      const cases = await mpWritten(dir);
      const expected: string[] = [];
      const later: Op[][] = [];
      cases.forEach((w, i) => {
        const img = w.img.slice();
        const fs = mount(img, w.bs);
        const model = Model.fromTree([], w.count, w.bs);
        for (const [p, d] of w.model.files) model.files.set(p, d);
        for (const d of w.model.dirs) model.dirs.add(d);
        const r = rng(900 + i);
        for (let k = 0; k < 50; k++) {
          const op = model.randomOp(r, w.bs * 5);
          applyOp(fs, op);
          model.apply(op);
        }
        assertEquals(walkLines(fs).sort(), model.lines());
        Deno.writeFileSync(join(dir, `ours${i}.img`), img);
        expected.push(...walkLines(fs, `${i} `), `${i} free ${fs.usage!().free}`);
        const ops: Op[] = [["w", "/mp-first", i, 100]];
        model.apply(ops[0]);
        for (let k = 0; k < 25; k++) {
          const op = model.randomOp(r, w.bs * 5);
          model.apply(op);
          ops.push(op);
        }
        later.push(ops);
        (w as Written & { after?: Model }).after = model;
      });
      const out = await runMicroPython(
        dir,
        PY_POOL + PY_APPLY + `
import vfs
def check(i, bs, ops):
    bd = load("${dir}/ours%d.img" % i, bs)
    fs = vfs.VfsLfs2(bd)
    walk(fs, "%d " % i)
    print("%d free %d" % (i, fs.statvfs("/")[3]))
    apply(fs, ops)
    save("${dir}/again%d.img" % i, bd)
    walk(fs, "C%d " % i)
` + cases.map((w, i) => `check(${i}, ${w.bs}, ${pyOps(later[i])})`).join("\n"),
      );
      assertEquals(out.filter((l) => !l.startsWith("C")), expected);
      cases.forEach((w, i) => {
        // MicroPython kept writing to what we wrote: read its result back.
        const fs = mount(Deno.readFileSync(join(dir, `again${i}.img`)), w.bs);
        const lines = walkLines(fs, `C${i} `);
        assertEquals(lines, out.filter((l) => l.startsWith(`C${i} `)));
        const after = (w as Written & { after?: Model }).after!;
        assertEquals(walkLines(fs).sort(), after.lines());
      });
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

/** A device over `img` whose writes fail (a power cut) after `budget` of them. */
function cutDevice(img: Uint8Array, bs: number, budget: number): BlockDevice & { cut: boolean } {
  const inner = memoryDevice(img, bs);
  const dev = {
    ...inner,
    cut: false,
    writeBlocks(block: number, buf: Uint8Array, offset?: number) {
      if (budget-- <= 0) {
        dev.cut = true;
        throw new Error("power cut");
      }
      inner.writeBlocks!(block, buf, offset);
    },
    eraseBlock(block: number) {
      if (budget-- <= 0) {
        dev.cut = true;
        throw new Error("power cut");
      }
      inner.eraseBlock!(block);
    },
  };
  return dev;
}

Deno.test("littlefs v2: a power cut at any write of a change leaves the old tree or the new one", async () => {
  let cuts = 0;
  const crashed: { img: Uint8Array; bs: number; lines: string[] }[] = [];
  for (let i = 0; i < 24; i++) {
    const bs = [256, 512, 1024][i % 3];
    const tree = randomTree(700 + i, { maxDepth: 2, maxSize: bs * 3, bigDir: i % 2 ? 0.3 : 0 });
    const count = estimateBlocks(tree, bs) + 40;
    const base = buildLfs2(tree, { blockSize: bs, blockCount: count });
    const model = Model.fromTree(tree, count, bs);
    const r = rng(800 + i);
    for (let k = 0; k < 12; k++) {
      const op = model.randomOp(r, bs * 3);
      const before = model.lines();
      const next = Model.fromTree([], count, bs);
      for (const [p, d] of model.files) next.files.set(p, d);
      for (const d of model.dirs) next.dirs.add(d);
      next.apply(op);
      const after = next.lines();
      for (let budget = 0;; budget++) {
        const img = base.slice();
        const dev = cutDevice(img, bs, budget);
        const fs = mountLfs2(dev, {}, { mtime: false });
        try {
          applyOp(fs, op);
        } catch (e) {
          if (!(e instanceof FsError) || !dev.cut) throw e;
        }
        const now = walkLines(mount(img, bs)).sort();
        ok(
          JSON.stringify(now) === JSON.stringify(dev.cut ? before : after) ||
            (dev.cut && JSON.stringify(now) === JSON.stringify(after)),
          `op ${JSON.stringify(op)} cut after ${budget} writes`,
        );
        if (!dev.cut) {
          base.set(img);
          break;
        }
        cuts++;
        if (crashed.length < 150 && r() < 0.3) {
          crashed.push({
            img: img.slice(),
            bs,
            lines: walkLines(mount(img, bs), `${crashed.length} `),
          });
        }
        // The same mount carries on after the failure (repairing what the cut left).
        const fs2 = mountLfs2(memoryDevice(img, bs), {}, { mtime: false });
        fs2.writeFile!("/after-cut", new Uint8Array(3));
        fs2.remove!("/after-cut");
        assertEquals(
          walkLines(mount(img, bs)).sort(),
          JSON.stringify(now) === JSON.stringify(before) ? before : after,
        );
      }
      model.apply(op);
    }
  }
  console.log(
    `${cuts} power cuts; ${crashed.length} of the images they left checked by MicroPython`,
  );
  ok(cuts > 300, `${cuts} cuts`);
  if (!haveUnixPort) return;
  // MicroPython mounts the images the cuts left (pending moves, orphans), repairs them on its
  // first write and then lists what we list. (Before that repair its littlefs also hides the
  // entry after a half-moved one, so listings are compared after it.)
  const dir = Deno.makeTempDirSync();
  try {
    crashed.forEach((c, i) => Deno.writeFileSync(join(dir, `${i}.img`), c.img));
    const out = await runMicroPython(
      dir,
      `import vfs\n` +
        crashed.map((c, i) =>
          `bd = load("${dir}/${i}.img", ${c.bs})\nfs = vfs.VfsLfs2(bd)\n` +
          `f = fs.open("/mp-after-cut", "w")\nf.write("x" * 300)\nf.close()\n` +
          `save("${dir}/${i}b.img", bd)\nwalk(fs, "${i} ")\n`
        ).join(""),
    );
    const ours = crashed.flatMap((c, i) => {
      const img = c.img.slice();
      mountLfs2(memoryDevice(img, c.bs), {}, { mtime: false }).writeFile!(
        "/mp-after-cut",
        new TextEncoder().encode("x".repeat(300)),
      );
      return walkLines(mount(img, c.bs), `${i} `);
    });
    assertEquals(out, ours);
    crashed.forEach((c, i) => {
      const fs = mount(Deno.readFileSync(join(dir, `${i}b.img`)), c.bs);
      assertEquals(walkLines(fs, `${i} `).filter((l) => !l.includes("/mp-after-cut")), c.lines);
    });
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("littlefs v2: stored MicroPython images read as MicroPython listed them", () => {
  for (const [name, bs] of [["lfs2_mp512", 512], ["lfs2_mp1024", 1024]] as const) {
    const img = Deno.readFileSync(join(TESTDATA, `${name}.img`));
    const expected = Deno.readTextFileSync(join(TESTDATA, `${name}.txt`)).trim().split("\n");
    const fs = mount(img, bs);
    assertEquals([...walkLines(fs), `free ${fs.usage!().free}`], expected);
    assertEquals(probeLittlefs(img), { version: 2, blockSize: bs, blockCount: img.length / bs });
  }
});

Deno.test("littlefs v2: errors are FsError with MicroPython's errno and one line", () => {
  const tree: FsEntry[] = [
    { path: "lib/m.py", kind: "file", data: new Uint8Array(3000) },
    { path: "d/e", kind: "dir" },
  ];
  const g = { blockSize: 512, blockCount: 32 };
  const fs = mount(buildLfs2(tree, g), 512);
  errno(() => fs.readFile("/nope"), ERRNO.ENOENT);
  errno(() => fs.readFile("/lib"), ERRNO.EISDIR);
  errno(() => fs.list("/lib/m.py"), ERRNO.ENOTDIR);
  errno(() => fs.list("/lib/m.py/x"), ERRNO.ENOTDIR);
  errno(() => fs.mkdir!("/lib"), ERRNO.EEXIST);
  errno(() => fs.rmdir!("/d"), ERRNO.ENOTEMPTY);
  errno(() => fs.rmdir!("/lib/m.py"), ERRNO.ENOTDIR);
  errno(() => fs.remove!("/d"), ERRNO.EISDIR);
  errno(() => fs.writeFile!("/d", new Uint8Array(1)), ERRNO.EISDIR);
  errno(() => fs.writeFile!("/nodir/x", new Uint8Array(1)), ERRNO.ENOENT);
  errno(() => fs.rename!("/d", "/d/e/f"), ERRNO.EINVAL);
  errno(() => fs.rename!("/lib/m.py", "/d"), ERRNO.EISDIR);
  errno(() => fs.writeFile!("/" + "n".repeat(256), new Uint8Array(1)), ERRNO.EINVAL);
  assertEquals(fs.stat("/lib/m.py"), { kind: "file", size: 3000, mtime: 0 });
  assertEquals(fs.stat("/").kind, "dir");
  // Too big for the image: ENOSPC from the builder and from a mounted filesystem.
  errno(
    () => buildLfs2([{ path: "big", kind: "file", data: new Uint8Array(40000) }], g),
    ERRNO.ENOSPC,
  );
  errno(() => fs.writeFile!("/big", new Uint8Array(40000)), ERRNO.ENOSPC);
  assertEquals(fs.readFile("/lib/m.py").length, 3000);
  // Not littlefs v2.
  for (
    const img of [
      new Uint8Array(512 * 8),
      new Uint8Array(512 * 8).fill(0xff),
      crypto.getRandomValues(new Uint8Array(4096)),
    ]
  ) {
    errno(() => mount(img, 512), ERRNO.EINVAL);
  }
  errno(() => mount(new Uint8Array(100), 512), ERRNO.EINVAL);
  errno(() => mountLfs2(memoryDevice(buildLfs2([], g), 512), { blockSize: 1024 }), ERRNO.EINVAL);
  errno(() => mountLfs2(memoryDevice(buildLfs2([], g), 512), { blockCount: 64 }), ERRNO.EINVAL);
  errno(() => buildLfs2([], { blockSize: 100, blockCount: 10 }), ERRNO.EINVAL);
  errno(
    () => buildLfs2([{ path: "a", kind: "dir" }, { path: "a", kind: "file" }], g),
    ERRNO.EINVAL,
  );
  errno(() => buildLfs2([{ path: "../a", kind: "dir" }], g), ERRNO.EINVAL);
  // Read-only devices and mounts.
  const img = buildLfs2(tree, g);
  const ro = mountLfs2({ ...memoryDevice(img, 512), writeBlocks: undefined });
  ok(ro.readonly);
  errno(() => ro.writeFile!("/x", new Uint8Array(1)), ERRNO.EROFS);
  errno(() => mountLfs2(memoryDevice(img, 512), {}, { readonly: true }).mkdir!("/x"), ERRNO.EROFS);
});

Deno.test("littlefs v2: the mtime attribute MicroPython reads, and usage", () => {
  const img = buildLfs2([], { blockSize: 512, blockCount: 40 });
  const fs = mountLfs2(memoryDevice(img, 512), {}, { mtime: () => 1_700_000_000_123 });
  fs.writeFile!("/t", new Uint8Array(10));
  assertEquals(fs.stat("/t").mtime, 1_700_000_000);
  const before = fs.usage!();
  fs.writeFile!("/big", new Uint8Array(2000));
  assertEquals(fs.usage!().free, before.free - 4);
  fs.mkdir!("/d");
  assertEquals(fs.usage!().free, before.free - 8);
  fs.remove!("/big");
  fs.rmdir!("/d");
  assertEquals(fs.usage!(), before);
});

/** Walk a possibly corrupt filesystem, reading every file; only FsError may escape. */
function fuzzWalk(fs: FileSystem): number {
  let n = 0;
  const walk = (dir: string, depth: number) => {
    if (depth > 40) return;
    for (const e of fs.list(dir)) {
      const p = (dir === "/" ? "" : dir) + "/" + e.name;
      n++;
      try {
        if (e.kind === "dir") walk(p, depth + 1);
        else fs.readFile(p);
        fs.stat(p);
      } catch (err) {
        if (!(err instanceof FsError)) throw err;
      }
    }
  };
  walk("/", 0);
  return n;
}

Deno.test("littlefs v2: 12,000 corrupted images give FsError or a reading, never another error", () => {
  const bases: { img: Uint8Array; bs: number }[] = [];
  for (let i = 0; i < 30; i++) {
    const bs = [256, 512, 1024][i % 3];
    const tree = randomTree(3000 + i, {
      maxDepth: 3,
      maxSize: bs * 4,
      bigDir: i % 5 === 0 ? 0.5 : 0.05,
    });
    bases.push({
      img: buildLfs2(tree, { blockSize: bs, blockCount: estimateBlocks(tree, bs) + 4 }),
      bs,
    });
  }
  for (const [name, bs] of [["lfs2_mp512", 512], ["lfs2_mp1024", 1024]] as const) {
    bases.push({ img: Deno.readFileSync(join(TESTDATA, `${name}.img`)), bs });
  }
  const kinds = new Map<string, number>();
  let readings = 0, entries = 0;
  const started = performance.now();
  for (let seed = 1; seed <= 12_000; seed++) {
    const r = rng(seed);
    const { img: base, bs } = bases[seed % bases.length];
    const img = base.slice();
    const blocks = img.length / bs;
    const block = Math.floor(r() * Math.min(blocks, 24));
    const at = block * bs;
    const kind = seed % 9;
    let geometry: Partial<Geometry> = {};
    let dev: BlockDevice = memoryDevice(img, bs);
    if (kind === 0) {
      for (let i = 0, n = 1 + Math.floor(r() * 8); i < n; i++) {
        img[Math.floor(r() * img.length)] ^= 1 << Math.floor(r() * 8);
      }
    } else if (kind === 1) {
      img.set(crypto.getRandomValues(new Uint8Array(bs)), at);
    } else if (kind === 2) {
      img.fill(r() < 0.5 ? 0 : 0xff, at + Math.floor(r() * bs), at + bs);
    } else if (kind === 3) {
      img.fill(0, 0, 2 * bs);
    } else if (kind === 4) {
      const cut = img.subarray(0, Math.floor(r() * img.length));
      dev = memoryDevice(cut, bs);
      geometry = r() < 0.5 ? {} : { blockCount: blocks };
    } else if (kind === 5) {
      for (let i = 0; i < 6; i++) img[at + Math.floor(r() * 64)] = Math.floor(r() * 256);
    } else {
      // Well-formed commits with bad pointers: tails and directories into cycles, files whose
      // skip-lists loop or leave the device.
      const core = new Lfs2Core(new Disk(memoryDevice(img, bs), bs, blocks), 32);
      core.scan();
      try {
        const pairs = [...core.pairs()];
        const victim = pairs[Math.floor(r() * pairs.length)];
        const target: Pair = r() < 0.3
          ? [Math.floor(r() * blocks * 1.2), Math.floor(r() * blocks)]
          : pairs[Math.floor(r() * pairs.length)].pair;
        if (kind === 6) {
          core.commit(victim.pair, [{
            tag: mkTag(r() < 0.5 ? T.HARDTAIL : T.SOFTTAIL, 0x3ff, 8),
            data: pairData(target),
          }]);
        } else if (kind === 7 && victim.entries.length > 0) {
          const id = Math.floor(r() * victim.entries.length);
          core.commit(victim.pair, [{ tag: mkTag(T.DIRSTRUCT, id, 8), data: pairData(target) }]);
        } else {
          const files = victim.entries.map((e, id) => ({ e, id })).filter(({ e }) =>
            e.struct?.type === T.CTZSTRUCT
          );
          if (files.length) {
            const { e } = files[Math.floor(r() * files.length)];
            const head = new DataView(e.struct!.data.buffer, e.struct!.data.byteOffset).getUint32(
              0,
              true,
            );
            new DataView(img.buffer).setUint32(
              head * bs,
              r() < 0.5 ? head : Math.floor(r() * blocks * 2),
              true,
            );
          } else {
            core.prepMove(Math.floor(r() * 8), target);
            core.commit(victim.pair, []);
          }
        }
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
      }
    }
    const name = [
      "flip",
      "random block",
      "torn block",
      "zero superblock",
      "truncated",
      "bytes",
      "tail",
      "dir struct",
      "ctz/move",
    ][kind];
    kinds.set(name, (kinds.get(name) ?? 0) + 1);
    try {
      const fs = mountLfs2(dev, geometry, { mtime: false });
      entries += fuzzWalk(fs);
      readings++;
      if (seed % 7 === 0) {
        // Writing to a corrupt image may fail, but only with FsError.
        try {
          fs.writeFile!("/fuzz", new Uint8Array(seed % 700));
          fs.mkdir!("/fuzzdir");
          fuzzWalk(fs);
        } catch (e) {
          if (!(e instanceof FsError)) throw e;
        }
      }
    } catch (e) {
      if (!(e instanceof FsError)) throw new Error(`seed ${seed} (${name}): ${(e as Error).stack}`);
    }
  }
  ok(readings > 3000 && entries > 10000, `${readings} readings, ${entries} entries`);
  console.log(
    `fuzz: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")}; ${readings} mounted; ${
      ((performance.now() - started) / 1000).toFixed(1)
    } s`,
  );
});

Deno.test("littlefs v2: probe tells v1 from v2 and gives the geometry", () => {
  const img = buildLfs2([], { blockSize: 1024, blockCount: 20 });
  assertEquals(probeLittlefs(img), { version: 2, blockSize: 1024, blockCount: 20 });
  assertEquals(probeLittlefs(new Uint8Array(4096)), null);
  const v1 = Deno.readFileSync(join(TESTDATA, "lfs1_mp512.img"));
  assertEquals(probeLittlefs(v1), { version: 1, blockSize: 512, blockCount: v1.length / 512 });
  errno(() => mount(v1, 512), ERRNO.EINVAL);
  assertEquals(crc32(new TextEncoder().encode("hello")), 907060870);
});
