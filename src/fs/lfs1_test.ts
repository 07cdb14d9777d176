import { deepStrictEqual as assertEquals, ok, throws } from "node:assert/strict";
import { join } from "node:path";
import { mountLfs1 } from "./lfs1.ts";
import { buildLfs2 } from "./lfs2.ts";
import { lfsCrc } from "./lfs2_crc.ts";
import {
  haveUnixPort,
  Model,
  type Op,
  PY_APPLY,
  PY_POOL,
  pyOps,
  rng,
  runMicroPython,
  UNIX_PORT,
  walkLines,
} from "./lfs2_testutil.ts";
import { type BlockDevice, ERRNO, type FileSystem, FsError, memoryDevice } from "./types.ts";

if (!haveUnixPort) console.log(`skipping littlefs v1 checks against MicroPython: no ${UNIX_PORT}`);
const TESTDATA = join(import.meta.dirname!, "testdata", "lfs");
const STORED = Deno.readFileSync(join(TESTDATA, "lfs1_mp512.img"));

const errno = (f: () => unknown, n: number) =>
  throws(f, (e) => e instanceof FsError && e.errno === n && !e.message.includes("\n"));
const mount = (img: Uint8Array, bs: number) => mountLfs1(memoryDevice(img, bs));

Deno.test({
  name:
    "littlefs v1: images MicroPython wrote (overwrite, append, delete, rename) read as it reads them",
  ignore: !haveUnixPort,
  fn: async () => {
    const dir = Deno.makeTempDirSync();
    try {
      const cases: { bs: number; count: number; model: Model; ops: Op[] }[] = [];
      for (let i = 0; i < 30; i++) {
        const bs = [512, 1024, 4096][i % 3];
        const count = [32, 64, 128, 256][Math.floor(i / 3) % 4];
        const r = rng(300 + i);
        // v1 has no inline files: every file and directory costs blocks.
        const model = new Model(count / 1.5, bs);
        const ops: Op[] = [];
        const add = (op: Op) => {
          model.apply(op);
          ops.push(op);
        };
        for (let k = 0; k < 60 + (i % 4) * 40; k++) add(model.randomOp(r, bs * 3, 0.5));
        if (i % 2 === 0 && count >= 64) {
          // A directory continued over several pairs (empty files take no blocks), thinned out.
          add(["m", "/many"]);
          for (let k = 0; k < 80; k++) add(["w", `/many/f${k}`, k, 0]);
          for (let k = 0; k < 80; k += 1 + (k % 3)) add(["r", `/many/f${k}`]);
        }
        cases.push({ bs, count, model, ops });
      }
      const out = await runMicroPython(
        dir,
        PY_POOL + PY_APPLY + `
import vfs
def make(i, bs, count, ops):
    bd = RAMBdev(bs, bytearray(b"\\xff" * (bs * count)))
    vfs.VfsLfs1.mkfs(bd)
    fs = vfs.VfsLfs1(bd)
    apply(fs, ops)
    save("${dir}/%d.img" % i, bd)
    walk(fs, "%d " % i)
    print("%d free %d" % (i, fs.statvfs("/")[3]))
` + cases.map((c, i) => `make(${i}, ${c.bs}, ${c.count}, ${pyOps(c.ops)})`).join("\n"),
      );
      const ours: string[] = [];
      let entries = 0;
      cases.forEach((c, i) => {
        const fs = mount(Deno.readFileSync(join(dir, `${i}.img`)), c.bs);
        const lines = walkLines(fs, `${i} `);
        entries += lines.length;
        ours.push(...lines, `${i} free ${fs.usage!().free}`);
        assertEquals(walkLines(fs).sort(), c.model.lines());
      });
      assertEquals(ours, out);
      console.log(`${entries} entries in 30 images`);
      ok(entries > 300, `${entries} entries`);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test("littlefs v1: a stored MicroPython image reads as MicroPython listed it", () => {
  const expected = Deno.readTextFileSync(join(TESTDATA, "lfs1_mp512.txt")).trim().split("\n");
  const fs = mount(STORED, 512);
  assertEquals([...walkLines(fs), `free ${fs.usage!().free}`], expected);
  assertEquals(fs.stat("/main.py"), { kind: "file", size: 1200, mtime: 0 });
  assertEquals(fs.stat("/lib").kind, "dir");
});

Deno.test("littlefs v1: read-only, with MicroPython's errno for errors", () => {
  const fs = mount(STORED, 512);
  ok(fs.readonly);
  ok(!fs.writeFile && !fs.mkdir && !fs.remove && !fs.rename);
  errno(() => fs.readFile("/nope"), ERRNO.ENOENT);
  errno(() => fs.readFile("/lib"), ERRNO.EISDIR);
  errno(() => fs.list("/main.py"), ERRNO.ENOTDIR);
  errno(() => fs.list("/main.py/x"), ERRNO.ENOTDIR);
  errno(() => mount(new Uint8Array(4096), 512), ERRNO.EINVAL);
  errno(() => mount(new Uint8Array(4096).fill(0xff), 512), ERRNO.EINVAL);
  errno(() => mount(buildLfs2([], { blockSize: 512, blockCount: 16 }), 512), ERRNO.EINVAL);
  errno(() => mount(STORED, 1024), ERRNO.EINVAL);
  errno(() => mountLfs1(memoryDevice(STORED, 512), { blockCount: 10 }), ERRNO.EINVAL);
  errno(() => mount(STORED.subarray(0, 512 * 10), 512), ERRNO.EINVAL);
});

/** Rewrite the current block of a v1 pair with `edit` applied and its CRC made good again. */
function patchDir(
  img: Uint8Array,
  bs: number,
  pair: [number, number],
  edit: (b: DataView) => void,
) {
  const rev = (b: number) => new DataView(img.buffer, b * bs).getUint32(0, true);
  const b = ((rev(pair[0]) - rev(pair[1])) | 0) >= 0 ? pair[0] : pair[1];
  const view = new DataView(img.buffer, b * bs, bs);
  edit(view);
  const size = view.getUint32(4, true) & 0x7fffffff;
  if (size < 20 || size > bs) return;
  view.setUint32(size - 4, lfsCrc(0xffffffff, img, b * bs, b * bs + size - 4), true);
}

function fuzzWalk(fs: FileSystem): number {
  let n = 0;
  const walk = (d: string, depth: number) => {
    if (depth > 40) return;
    for (const e of fs.list(d)) {
      const p = (d === "/" ? "" : d) + "/" + e.name;
      n++;
      try {
        if (e.kind === "dir") walk(p, depth + 1);
        else fs.readFile(p);
      } catch (err) {
        if (!(err instanceof FsError)) throw err;
      }
    }
  };
  walk("/", 0);
  return n;
}

Deno.test("littlefs v1: 10,000 corrupted images give FsError or a reading, never another error", () => {
  const bs = 512;
  const blocks = STORED.length / bs;
  const sb = new DataView(STORED.buffer, STORED.byteOffset + 16);
  const root: [number, number] = [sb.getUint32(4, true), sb.getUint32(8, true)];
  let readings = 0;
  for (let seed = 1; seed <= 10_000; seed++) {
    const r = rng(seed);
    const img = STORED.slice();
    const at = Math.floor(r() * blocks) * bs;
    const kind = seed % 7;
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
      dev = memoryDevice(img.subarray(0, Math.floor(r() * img.length)), bs);
    } else {
      // Valid CRCs over bad pointers: tails looping back, entries naming the root or junk,
      // file sizes and heads out of range.
      const target = r() < 0.5 ? root : [0, 1];
      patchDir(img, bs, kind === 4 ? [0, 1] : root, (v) => {
        if (kind === 4 || kind === 5) {
          v.setUint32(4, v.getUint32(4, true) | (r() < 0.5 ? 0x80000000 : 0), true);
          v.setUint32(8, target[0], true);
          v.setUint32(12, target[1], true);
        } else {
          const off = 16 + 4 * Math.floor(r() * 20);
          v.setUint32(
            off,
            r() < 0.5 ? root[Math.floor(r() * 2)] : Math.floor(r() * 0xffffffff),
            true,
          );
        }
      });
    }
    try {
      fuzzWalk(mountLfs1(dev));
      mountLfs1(dev).usage!();
      readings++;
    } catch (e) {
      if (!(e instanceof FsError)) throw new Error(`seed ${seed}: ${(e as Error).stack}`);
    }
  }
  console.log(`${readings} of 10000 corrupted images mounted and walked`);
  ok(readings > 1000, `${readings} readings`);
});
