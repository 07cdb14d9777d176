// The littlefs v1 writer and the rewriting read-write mount: what they leave reads back through
// our v1 reader, the changes keep littlefs's errnos, and the real MicroPython (VfsLfs1 over the
// image) sees the same tree, also after it writes into the image itself.
import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { join } from "node:path";
import { mountLfs1 } from "./lfs1.ts";
import { Lfs1Writable } from "./lfs1_rw.ts";
import { buildLfs1, formatLfs1 } from "./lfs1_write.ts";
import { haveUnixPort, rng, UNIX_PORT } from "./test_support.ts";
import { ERRNO, type FileSystem, type FsEntry, FsError, memoryDevice } from "./types.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Every directory and file as "D path" / "F path size checksum" lines, in listing order. */
function dump(fs: FileSystem): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.list(dir)) {
      const p = `${dir === "/" ? "" : dir}/${e.name}`;
      if (e.kind === "dir") {
        out.push(`D ${p}`);
        walk(p);
      } else {
        const data = fs.readFile(p);
        out.push(`F ${p} ${data.length} ${data.reduce((a, b) => (a * 31 + b) >>> 0, 7)}`);
      }
    }
  };
  walk("/");
  return out;
}

function randomTree(seed: number, n: number): FsEntry[] {
  const r = rng(seed);
  const dirs = [""];
  const tree: FsEntry[] = [];
  for (let i = 0; i < n; i++) {
    const parent = dirs[Math.floor(r() * dirs.length)];
    const path = `${parent ? parent + "/" : ""}${r() < 0.5 ? "n" : "long_entry_name_"}${i}`;
    if (r() < 0.2) {
      dirs.push(path);
      tree.push({ path, kind: "dir" });
    } else {
      const size = [0, 1, 50, 300, 1000, 5000][Math.floor(r() * 6)];
      tree.push({ path, kind: "file", data: new Uint8Array(size).map(() => r() * 256) });
    }
  }
  return tree;
}

Deno.test("lfs1 writer: trees read back through the v1 reader, in the order given", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const tree = randomTree(seed, 10 + seed * 3);
    const bs = [128, 256, 512][seed % 3];
    const img = buildLfs1(tree, { blockSize: bs, blockCount: 4000 });
    const fs = mountLfs1(memoryDevice(img, bs));
    for (const e of tree) {
      if (e.kind === "file") assertEquals(fs.readFile("/" + e.path), e.data);
      else assertEquals(fs.stat("/" + e.path).kind, "dir");
    }
    const top = tree.filter((e) => !e.path.includes("/")).map((e) => e.path);
    assertEquals(fs.list("/").map((e) => e.name), top);
  }
  const fits = (count: number) => () =>
    buildLfs1([{ path: "a", kind: "file", data: new Uint8Array(4000) }], {
      blockSize: 512,
      blockCount: count,
    });
  throws(fits(8), (e) => e instanceof FsError && e.errno === ERRNO.ENOSPC);
  fits(14)();
  throws(() => buildLfs1([], { blockSize: 512, blockCount: 3 }), FsError);
});

Deno.test("lfs1 read-write mount: changes and their errnos", () => {
  const img = new Uint8Array(512 * 64).fill(0xff);
  const dev = memoryDevice(img, 512);
  formatLfs1(dev, { blockSize: 512, blockCount: 64 });
  const fs = new Lfs1Writable(dev, { blockSize: 512, blockCount: 64 });
  fs.mkdir("/d");
  fs.writeFile("/d/a", enc.encode("alpha"));
  fs.writeFile("/b", enc.encode("beta"));
  fs.writeFile("/d/a", enc.encode("ALPHA!"));
  fs.rename("/b", "/d/b");
  fs.mkdir("/e");
  fs.rename("/e", "/d/e");
  const errno = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (e instanceof FsError) return e.errno;
      throw e;
    }
    return 0;
  };
  assertEquals(
    [
      errno(() => fs.mkdir("/d")),
      errno(() => fs.rmdir("/d")),
      errno(() => fs.remove("/d")),
      errno(() => fs.rmdir("/d/a")),
      errno(() => fs.writeFile("/x/y", new Uint8Array())),
      errno(() => fs.writeFile("/d/a/y", new Uint8Array())),
      errno(() => fs.rename("/d", "/d/e/z")),
      errno(() => fs.rename("/d/a", "/d/e")),
      errno(() => fs.rename("/d/e", "/d/a")),
      errno(() => fs.remove("/nope")),
    ],
    [
      ERRNO.EEXIST,
      ERRNO.ENOTEMPTY,
      ERRNO.EISDIR,
      ERRNO.ENOTDIR,
      ERRNO.ENOENT,
      ERRNO.ENOTDIR,
      ERRNO.EINVAL,
      ERRNO.EISDIR,
      ERRNO.ENOTDIR,
      ERRNO.ENOENT,
    ],
  );
  assertEquals(dump(mountLfs1(memoryDevice(img, 512))), [
    "D /d",
    "F /d/a 6 " + enc.encode("ALPHA!").reduce((a, b) => (a * 31 + b) >>> 0, 7),
    "F /d/b 4 " + enc.encode("beta").reduce((a, b) => (a * 31 + b) >>> 0, 7),
    "D /d/e",
  ]);
  fs.remove("/d/a");
  fs.remove("/d/b");
  fs.rmdir("/d/e");
  fs.rmdir("/d");
  assertEquals(fs.list("/"), []);
  assertEquals(fs.usage().free, 60);
});

Deno.test({
  name: "lfs1: MicroPython's VfsLfs1 reads what the writer and the rewriting mount leave",
  ignore: !haveUnixPort,
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      const tree = randomTree(77, 60);
      const img = buildLfs1(tree, { blockSize: 256, blockCount: 400 });
      const fs = new Lfs1Writable(memoryDevice(img, 256), { blockSize: 256, blockCount: 400 });
      fs.writeFile("/added.txt", enc.encode("added by upy\n"));
      fs.remove("/" + tree.find((e) => e.kind === "file" && !e.path.includes("/"))!.path);
      const want = dump(fs);
      Deno.writeFileSync(join(dir, "v1.img"), img);
      const script = `
import os, vfs
class Dev:
    def __init__(self, data): self.d = bytearray(data)
    def readblocks(self, b, buf, off=0): buf[:] = self.d[b * 256 + off:b * 256 + off + len(buf)]
    def writeblocks(self, b, buf, off=0): self.d[b * 256 + off:b * 256 + off + len(buf)] = buf
    def ioctl(self, op, arg):
        if op == 4: return len(self.d) // 256
        if op == 5: return 256
        if op == 6: return 0
dev = Dev(open("v1.img", "rb").read())
vfs.mount(vfs.VfsLfs1(dev), "/m")
def walk(d):
    for name, kind, *_ in os.ilistdir("/m" + d):
        p = d + "/" + name
        if kind == 0x4000:
            print("D", p)
            walk(p)
        else:
            data = open("/m" + p, "rb").read()
            c = 7
            for b in data: c = (c * 31 + b) & 0xffffffff
            print("F", p, len(data), c)
walk("")
with open("/m/from_micropython.txt", "w") as f: f.write("written by MicroPython")
vfs.umount("/m")
open("v1b.img", "wb").write(dev.d)
`;
      Deno.writeTextFileSync(join(dir, "check.py"), script);
      const r = await new Deno.Command(UNIX_PORT, { args: ["check.py"], cwd: dir }).output();
      assertEquals(dec.decode(r.stderr), "");
      assertEquals(dec.decode(r.stdout).trimEnd().split("\n"), want);
      const after = mountLfs1(memoryDevice(Deno.readFileSync(join(dir, "v1b.img")), 256));
      assertEquals(dec.decode(after.readFile("/from_micropython.txt")), "written by MicroPython");
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
