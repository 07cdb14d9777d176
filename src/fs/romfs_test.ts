import { deepStrictEqual as assertEquals, ok, throws } from "node:assert/strict";
import { join } from "node:path";
import { buildRomfs, mountRomfs, walkTree } from "./romfs.ts";
import { ERRNO, type FsEntry, FsError } from "./types.ts";

import { haveUnixPort, rng, UNIX_PORT } from "./test_support.ts";

if (!haveUnixPort) console.log(`skipping ROMFS checks against MicroPython: no ${UNIX_PORT}`);

const NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-.ABC";

/** A random tree: nested directories, names of 1-20 characters, files of 0-3000 bytes. */
function randomTree(seed: number): FsEntry[] {
  const r = rng(seed);
  const out: FsEntry[] = [];
  const used = new Set<string>();
  const name = () => {
    let s = "";
    const n = 1 + Math.floor(r() * 20);
    for (let i = 0; i < n; i++) s += NAME_CHARS[Math.floor(r() * NAME_CHARS.length)];
    return s === "." || s === ".." ? "x" + s : s;
  };
  const fill = (dir: string, depth: number) => {
    const n = Math.floor(r() * 6);
    for (let i = 0; i < n; i++) {
      const path = dir + name();
      if (used.has(path)) continue;
      used.add(path);
      if (depth < 3 && r() < 0.3) {
        out.push({ path, kind: "dir" });
        fill(path + "/", depth + 1);
      } else {
        const size = r() < 0.1 ? 0 : Math.floor(r() ** 3 * 3000);
        const data = new Uint8Array(size).map(() => Math.floor(r() * 256));
        out.push({ path, kind: "file", data });
      }
    }
  };
  fill("", 0);
  return out;
}

/** The tree as `path size sha-ish` lines in sorted order, for comparing two readings. */
function describe(tree: FsEntry[]): string[] {
  return tree.map((e) =>
    e.kind === "dir"
      ? `${e.path}/`
      : `${e.path} ${e.data!.length} ${e.data!.reduce((h, b) => (h * 31 + b) >>> 0, 7)}`
  ).sort();
}

Deno.test("ROMFS: 300 random trees read back identically; every image has an even length", () => {
  for (let seed = 1; seed <= 300; seed++) {
    const tree = randomTree(seed);
    const img = buildRomfs(tree);
    assertEquals(img.length % 2, 0);
    assertEquals(describe(walkTree(mountRomfs(img))), describe(tree));
  }
});

Deno.test("ROMFS: the layout of mpremote's writer", () => {
  const tree = (data: number[]): FsEntry[] => [
    { path: "b.txt", kind: "file", data: Uint8Array.from(data) },
    { path: "a", kind: "dir" },
  ];
  // RM1 header, payload length, then dir "a" and file "b.txt" (kind, length, name length, name,
  // verbatim data record) in name order.
  const body = [4, 2, 1, 97, 5, 10, 5, 98, 46, 116, 120, 116, 2, 2, 1, 2];
  assertEquals([...buildRomfs(tree([1, 2]))], [0xd2, 0xcd, 0x31, 16, ...body]);
  // An odd total gets its length varuint padded with 0x80.
  const odd = [4, 2, 1, 97, 5, 9, 5, 98, 46, 116, 120, 116, 2, 1, 1];
  assertEquals([...buildRomfs(tree([1]))], [0xd2, 0xcd, 0x31, 0x80, 15, ...odd]);
});

Deno.test("ROMFS: errors are FsError with MicroPython's errno", () => {
  const img = buildRomfs([{ path: "lib/m.py", kind: "file", data: new Uint8Array(3) }]);
  const fs = mountRomfs(img);
  const errno = (f: () => unknown, n: number) =>
    throws(f, (e) => e instanceof FsError && e.errno === n);
  errno(() => fs.readFile("/nope"), ERRNO.ENOENT);
  errno(() => fs.readFile("/lib"), ERRNO.EISDIR);
  errno(() => fs.list("/lib/m.py"), ERRNO.ENOTDIR);
  errno(() => mountRomfs(new Uint8Array([1, 2, 3, 4])), ERRNO.ENODEV);
  errno(
    () => buildRomfs([{ path: "a", kind: "file" }, { path: "a/b", kind: "file" }]),
    ERRNO.EINVAL,
  );
  assertEquals(fs.stat("/lib/m.py"), { kind: "file", size: 3, mtime: 0 });
  assertEquals(fs.stat("/lib").kind, "dir");
});

Deno.test("ROMFS: 20,000 corrupted images give FsError or a reading, never another error", () => {
  let readings = 0;
  for (let seed = 1; seed <= 20_000; seed++) {
    const r = rng(seed);
    const img = buildRomfs(randomTree(seed % 50 + 1)).slice();
    const flips = 1 + Math.floor(r() * 4);
    for (let i = 0; i < flips; i++) img[Math.floor(r() * img.length)] ^= 1 << Math.floor(r() * 8);
    const cut = r() < 0.2 ? img.subarray(0, Math.floor(r() * img.length)) : img;
    try {
      walkTree(mountRomfs(cut));
      readings++;
    } catch (e) {
      if (!(e instanceof FsError)) throw new Error(`seed ${seed}: ${(e as Error).stack}`);
    }
  }
  ok(readings > 0);
});

Deno.test({
  name: "ROMFS: MicroPython's vfs.VfsRom reads 100 of our images as we wrote them",
  ignore: !haveUnixPort,
  fn: async () => {
    const dir = Deno.makeTempDirSync();
    try {
      const expected: string[] = [];
      for (let i = 0; i < 100; i++) {
        const tree = randomTree(1000 + i);
        Deno.writeFileSync(join(dir, `${i}.img`), buildRomfs(tree));
        expected.push(...describe(tree).map((l) => `${i} ${l}`));
      }
      const script = `
import vfs, os
def walk(fs, d, out, i):
    for name, kind, _, size in fs.ilistdir(d):
        p = (d + "/" + name) if d != "/" else "/" + name
        if kind == 0x4000:
            out.append("%d %s/" % (i, p[1:]))
            walk(fs, p, out, i)
        else:
            with fs.open(p, "rb") as f:
                data = f.read()
            assert len(data) == size
            h = 7
            for b in data:
                h = (h * 31 + b) & 0xffffffff
            out.append("%d %s %d %d" % (i, p[1:], size, h))
out = []
for i in range(100):
    with open("${dir}/%d.img" % i, "rb") as f:
        walk(vfs.VfsRom(f.read()), "/", out, i)
for line in out:
    print(line)
`;
      Deno.writeTextFileSync(join(dir, "read.py"), script);
      const r = await new Deno.Command(UNIX_PORT, { args: [join(dir, "read.py")] }).output();
      assertEquals(new TextDecoder().decode(r.stderr), "");
      const got = new TextDecoder().decode(r.stdout).trim().split("\n");
      const byImage = (lines: string[]) => lines.slice().sort();
      assertEquals(byImage(got), byImage(expected));
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
