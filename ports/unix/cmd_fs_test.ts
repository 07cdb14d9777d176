// `upy fs` and `upy image --fs DIR` as a user meets them, checked against the real MicroPython
// unix port: images upy builds are mounted there (a block device over the image file, VfsLfs2 /
// VfsLfs1 / VfsFat) and every file must read back byte for byte; images the unix port writes
// (creating, overwriting, deleting) are listed, read and extracted by upy. Errors are one line
// and leave no file behind.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { join } from "node:path";
import { haveUnixPort, rng, UNIX_PORT } from "../../src/fs/test_support.ts";
import { decodeUf2 } from "../../src/image/uf2.ts";
import { findBoard } from "../../src/image/boards.ts";

const MAIN = join(import.meta.dirname!, "main.ts");
const dec = new TextDecoder();

if (!haveUnixPort) console.log(`skipping upy fs checks against MicroPython: no ${UNIX_PORT}`);
const oracle = { ignore: !haveUnixPort };

async function upy(args: string[], cwd: string) {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-lock", MAIN, ...args],
    cwd,
    stdin: "null",
  }).output();
  return { code: r.code, out: dec.decode(r.stdout), err: dec.decode(r.stderr), raw: r.stdout };
}

async function micropython(script: string, args: string[], cwd: string): Promise<string> {
  Deno.writeTextFileSync(join(cwd, "_check.py"), script);
  const r = await new Deno.Command(UNIX_PORT, { args: ["_check.py", ...args], cwd }).output();
  const out = dec.decode(r.stdout) + dec.decode(r.stderr);
  if (r.code !== 0) throw new Error(`micropython failed:\n${out}`);
  return out;
}

/** A block device over an image file, the Vfs type named on the command line, then a listing
 * of every directory and file (size and SHA-256 of its contents), sorted. */
const READ_BACK = `
import sys, os, vfs, hashlib, binascii
class FileDev:
    def __init__(self, path, bs):
        self.f = open(path, "r+b")
        self.bs = bs
        self.f.seek(0, 2)
        self.n = self.f.tell() // bs
    def readblocks(self, block, buf, off=0):
        self.f.seek(block * self.bs + off)
        self.f.readinto(buf)
    def writeblocks(self, block, buf, off=0):
        self.f.seek(block * self.bs + off)
        self.f.write(buf)
    def ioctl(self, op, arg):
        if op == 4: return self.n
        if op == 5: return self.bs
        if op == 6: return 0
path, bs, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
kw = {"progsize": int(sys.argv[4])} if len(sys.argv) > 4 else {}
dev = FileDev(path, bs)
vfs.mount(getattr(vfs, kind)(dev, **kw), "/m", readonly=True)
out = []
def walk(p):
    for name, t, *_ in os.ilistdir("/m" + p):
        q = p + "/" + name
        if t == 0x4000:
            out.append("D " + q)
            walk(q)
        else:
            data = open("/m" + q, "rb").read()
            out.append("F %s %d %s" % (q, len(data), binascii.hexlify(hashlib.sha256(data).digest()).decode()))
walk("")
for line in sorted(out):
    print(line)
`;

type Tree = Map<string, Uint8Array | "dir">;

async function listing(tree: Tree): Promise<string> {
  const lines: string[] = [];
  for (const [path, v] of tree) {
    if (v === "dir") {
      lines.push(`D /${path}`);
    } else {
      const sha = new Uint8Array(await crypto.subtle.digest("SHA-256", v.slice()));
      const hex = [...sha].map((b) => b.toString(16).padStart(2, "0")).join("");
      lines.push(`F /${path} ${v.length} ${hex}`);
    }
  }
  return lines.sort().map((l) => l + "\n").join("");
}

/** A random folder on disk: nested directories, names unique ignoring case (FAT), files from
 * empty to several blocks. */
function makeTree(root: string, seed: number, files: number): Tree {
  const r = rng(seed);
  const tree: Tree = new Map();
  const dirs = [""];
  const used = new Set<string>();
  const name = (dir: string) => {
    for (;;) {
      const chars = "abcdefghijklmnopqrstuvwxyz0123456789_-";
      let n = "";
      const len = 1 + Math.floor(r() * 14);
      for (let i = 0; i < len; i++) n += chars[Math.floor(r() * chars.length)];
      if (r() < 0.3) n += [".py", ".txt", ".bin", ".json"][Math.floor(r() * 4)];
      const key = `${dir}/${n}`.toLowerCase();
      if (!used.has(key)) {
        used.add(key);
        return dir ? `${dir}/${n}` : n;
      }
    }
  };
  for (let i = 0; i < files; i++) {
    const dir = dirs[Math.floor(r() * dirs.length)];
    if (r() < 0.15 && dir.split("/").length < 5) {
      const d = name(dir);
      Deno.mkdirSync(join(root, d));
      tree.set(d, "dir");
      dirs.push(d);
      continue;
    }
    const size = [0, 1, 100, 511, 512, 513, 3000, 9000][Math.floor(r() * 8)] +
      Math.floor(r() * 40);
    const data = new Uint8Array(size).map(() => Math.floor(r() * 256));
    const f = name(dir);
    Deno.writeFileSync(join(root, f), data);
    tree.set(f, data);
  }
  return tree;
}

function withDir(f: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = Deno.makeTempDirSync();
    try {
      await f(dir);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  };
}

const FORMATS: [string, string, number, number][] = [
  ["lfs2", "VfsLfs2", 512, 400],
  ["lfs1", "VfsLfs1", 512, 400],
  ["fat", "VfsFat", 512, 600],
  ["lfs2", "VfsLfs2", 4096, 64],
  ["fat", "VfsFat", 4096, 100],
];

Deno.test(
  "upy fs build: MicroPython mounts the image and reads every file back",
  oracle,
  withDir(async (dir) => {
    for (let seed = 1; seed <= 4; seed++) {
      const app = join(dir, `app${seed}`);
      Deno.mkdirSync(app);
      const tree = makeTree(app, seed, 25 + seed * 5);
      const want = await listing(tree);
      for (const [format, vfsType, bs, count] of FORMATS) {
        const img = `${format}_${bs}_${seed}.img`;
        const r = await upy([
          "fs",
          "build",
          app,
          "-o",
          img,
          "--format",
          format,
          "--block-size",
          `${bs}`,
          "--block-count",
          `${count}`,
        ], dir);
        assertEquals([r.code, r.err], [0, ""], `${format} ${bs}`);
        const got = await micropython(READ_BACK, [img, `${bs}`, vfsType], dir);
        assertEquals(got, want, `${format} ${bs} seed ${seed}`);
        // ...and upy reads its own image back the same way.
        const out = join(dir, `x_${img}`);
        assertEquals((await upy(["fs", "extract", img, out], dir)).code, 0);
        for (const [path, v] of tree) {
          if (v === "dir") ok(Deno.statSync(join(out, path)).isDirectory, path);
          else assertEquals(Deno.readFileSync(join(out, path)), v, path);
        }
      }
    }
  }),
);

/** Python run by the unix port: format a file-backed device, then create, overwrite and delete
 * files, printing the final tree the way READ_BACK does. */
const WRITE_IMAGE = `
import sys, os, vfs
class FileDev:
    def __init__(self, path, bs, n):
        self.f = open(path, "w+b")
        self.f.write(b"\\xff" * (bs * n))
        self.bs, self.n = bs, n
    def readblocks(self, block, buf, off=0):
        self.f.seek(block * self.bs + off)
        self.f.readinto(buf)
    def writeblocks(self, block, buf, off=0):
        self.f.seek(block * self.bs + off)
        self.f.write(buf)
    def ioctl(self, op, arg):
        if op == 4: return self.n
        if op == 5: return self.bs
        if op == 6: return 0
        if op == 3: self.f.flush()
kind = sys.argv[1]
dev = FileDev(kind + ".img", 512, 256)
T = getattr(vfs, kind)
T.mkfs(dev)
vfs.mount(T(dev), "/w")
os.mkdir("/w/lib")
os.mkdir("/w/lib/deep")
os.mkdir("/w/gone")
def put(p, data):
    with open("/w" + p, "wb") as f:
        f.write(data)
for i in range(12):
    put("/lib/m%d.py" % i, b"x = %d\\n" % i * (i * 40 + 1))
put("/main.py", b"import lib\\n")
put("/lib/deep/big.bin", bytes(range(256)) * 30)
put("/lib/m3.py", b"overwritten")
put("/gone/tmp", b"tmp")
os.remove("/w/gone/tmp")
os.rmdir("/w/gone")
os.remove("/w/lib/m5.py")
os.rename("/w/lib/m7.py", "/w/renamed.py")
with open("/w/main.py", "ab") as f:
    f.write(b"print(1)\\n")
vfs.umount("/w")
dev.f.close()
`;

Deno.test(
  "upy fs ls/cat/extract read images the unix port wrote",
  oracle,
  withDir(async (dir) => {
    for (const kind of ["VfsLfs2", "VfsLfs1", "VfsFat"]) {
      await micropython(WRITE_IMAGE, [kind], dir);
      const img = `${kind}.img`;
      // What the unix port itself reads back is what upy must extract.
      const want = await micropython(READ_BACK, [img, "512", kind], dir);
      const out = join(dir, `out_${kind}`);
      const r = await upy(["fs", "extract", img, out], dir);
      assertEquals([r.code, r.err], [0, ""], kind);
      const tree: Tree = new Map();
      const walk = (rel: string) => {
        for (const e of Deno.readDirSync(join(out, rel))) {
          const p = rel ? `${rel}/${e.name}` : e.name;
          if (e.isDirectory) {
            tree.set(p, "dir");
            walk(p);
          } else {
            tree.set(p, Deno.readFileSync(join(out, p)));
          }
        }
      };
      walk("");
      assertEquals(await listing(tree), want, kind);
      ok(!tree.has("gone") && !tree.has("lib/m5.py") && tree.has("renamed.py"), kind);
      const cat = await upy(["fs", "cat", img, "/main.py"], dir);
      assertEquals(cat.out, "import lib\nprint(1)\n", kind);
      const ls = await upy(["fs", "ls", img, "/lib/deep"], dir);
      assertEquals(ls.out, "big.bin 7680\n", kind);
      const top = (await upy(["fs", "ls", img], dir)).out.split("\n").filter((l) =>
        l && l[0] !== " "
      );
      assertEquals(top.sort(), ["lib/", "main.py 20", "renamed.py 1686"], kind);
    }
  }),
);

Deno.test(
  "upy image --fs DIR: the Pico's littlefs partition mounts in MicroPython with progsize=256",
  oracle,
  withDir(async (dir) => {
    const app = join(dir, "app");
    Deno.mkdirSync(app);
    const tree = makeTree(app, 99, 60);
    Deno.writeFileSync(join(dir, "fw.bin"), new Uint8Array(300_000).fill(0x5a));
    let r = await upy(
      ["image", "--board", "pico", "--firmware", "fw.bin", "--fs", "app", "-o", "app.uf2"],
      dir,
    );
    assertEquals([r.code, r.err], [0, ""]);
    const pico = findBoard("pico")!;
    const { map } = decodeUf2(Deno.readFileSync(join(dir, "app.uf2")));
    const seg = map.coalesced().find((s) => s.addr === pico.fs!.addr)!;
    const part = seg.data;
    assertEquals(part.length, pico.fs!.size);
    Deno.writeFileSync(join(dir, "part.img"), part);
    const got = await micropython(READ_BACK, ["part.img", "4096", "VfsLfs2", "256"], dir);
    assertEquals(got, await listing(tree));
    // The same partition as an image file is accepted; a FAT one or another size is not.
    r = await upy(["fs", "build", "app", "-o", "pico.img", "--board", "pico"], dir);
    assertEquals(Deno.readFileSync(join(dir, "pico.img")), part);
    r = await upy(
      ["image", "--board", "pico", "--firmware", "fw.bin", "--fs", "pico.img", "-o", "b.uf2"],
      dir,
    );
    assertEquals([r.code, r.err], [0, ""]);
    assertEquals(Deno.readFileSync(join(dir, "b.uf2")), Deno.readFileSync(join(dir, "app.uf2")));
  }),
);

Deno.test(
  "upy fs: one-line errors, exit status, nothing half-written",
  withDir(async (dir) => {
    const app = join(dir, "app");
    Deno.mkdirSync(app);
    Deno.writeTextFileSync(join(app, "main.py"), "print('hi')\n");
    Deno.writeFileSync(join(app, "big.bin"), new Uint8Array(50_000));
    Deno.writeTextFileSync(join(dir, "junk.img"), "this is not a filesystem\n".repeat(100));
    Deno.writeFileSync(join(dir, "fw.bin"), new Uint8Array(1000));
    let r = await upy(
      ["fs", "build", "app", "-o", "fat.img", "--format", "fat", "--block-size", "512"],
      dir,
    );
    assertEquals(r.code, 2);
    ok(r.err.startsWith("upy fs: fs build needs --format, --block-size and --block-count"));
    r = await upy(
      ["fs", "build", "app", "-o", "ok.img", "--board", "pico", "--format", "fat"],
      dir,
    );
    assertEquals([r.code, r.err], [0, ""]);
    const cases: [string[], RegExp][] = [
      [["fs", "build", "nodir", "-o", "x.img", "--board", "pico"], /no such directory: nodir/],
      [["fs", "build", "app", "-o", "x.img", "--board", "nope"], /unknown board 'nope'/],
      [["fs", "build", "app", "-o", "x.img", "--board", "mps2-an385"], /no filesystem partition/],
      [
        [
          "fs",
          "build",
          "app",
          "-o",
          "x.img",
          "--format",
          "lfs2",
          "--block-size",
          "512",
          "--block-count",
          "20",
        ],
        /does not fit in 20 blocks of 512 bytes/,
      ],
      [
        [
          "fs",
          "build",
          "app",
          "-o",
          "x.img",
          "--format",
          "lfs1",
          "--block-size",
          "512",
          "--block-count",
          "20",
        ],
        /does not fit in 20 blocks of 512 bytes/,
      ],
      [
        [
          "fs",
          "build",
          "app",
          "-o",
          "x.img",
          "--format",
          "fat",
          "--block-size",
          "300",
          "--block-count",
          "400",
        ],
        /sector size|block size/i,
      ],
      [["fs", "ls", "junk.img"], /not a filesystem image/],
      [["fs", "ls", "missing.img"], /can't read filesystem image 'missing.img': no such file/],
      [["fs", "cat", "ok.img", "/nope.py"], /nope/],
      [["fs", "extract", "junk.img", "x_out"], /not a filesystem image/],
      [
        ["image", "--board", "pico", "--firmware", "fw.bin", "--fs", "ok.img", "-o", "x.uf2"],
        /the filesystem image is FAT; pico mounts littlefs v2/,
      ],
      [
        ["image", "--board", "pico", "--firmware", "fw.bin", "--fs", "junk.img", "-o", "x.uf2"],
        /not one pico mounts/,
      ],
    ];
    for (const [args, re] of cases) {
      r = await upy(args, dir);
      assertEquals(r.code, 1, args.join(" "));
      ok(re.test(r.err) && r.err.trimEnd().split("\n").length === 1, `${args.join(" ")}: ${r.err}`);
    }
    r = await upy(
      [
        "fs",
        "build",
        "app",
        "-o",
        "small.img",
        "--format",
        "lfs2",
        "--block-size",
        "512",
        "--block-count",
        "400",
      ],
      dir,
    );
    assertEquals(r.code, 0);
    r = await upy(
      ["image", "--board", "pico", "--firmware", "fw.bin", "--fs", "small.img", "-o", "x.uf2"],
      dir,
    );
    assertEquals(r.code, 1);
    ok(/partition is 352 blocks of 4096/.test(r.err), r.err);
    const left = [...Deno.readDirSync(dir)].map((e) => e.name);
    ok(!left.some((n) => n.startsWith("x") || n.includes(".tmp")), left.join(" "));
  }),
);
