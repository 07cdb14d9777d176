// Remakes the MicroPython-written FAT images of this directory (needs the unix port, see
// ../../fat_test_util.ts): `bin/deno run -A src/fs/testdata/fat/make_testdata.ts`.
// Each image is a sparse image file (fat_test_util.ts toSparse) compressed with gzip;
// expected.json has what MicroPython listed in it: path, kind, size, mtime and SHA-256.
import { join } from "node:path";
import { formatFat } from "../../fat.ts";
import { type MpJob, runMicroPython, toSparse } from "../../fat_test_util.ts";
import { memoryDevice } from "../../types.ts";

const here = import.meta.dirname!;
const dir = await Deno.makeTempDir();
const ops: (string | number)[][] = [
  ["mkdir", "/lib"],
  ["write", "/boot.py", 1, 300],
  ["write", "/lib/A Long Module Name.py", 2, 3000],
  ["write", "/lib/small.txt", 3, 10],
  ["write", "/lib/SMALL.TXT", 4, 20], // the same file
  ["mkdir", "/lib/sub"],
  ["write", "/lib/sub/data.bin", 5, 5000, 512],
  ["append", "/lib/sub/data.bin", 6, 700],
  ["write", "/café.txt", 7, 33],
  ["write", "/.hidden", 8, 0],
  ["write", "/gone.txt", 9, 1000],
  ["remove", "/gone.txt"],
  ["rename", "/lib/small.txt", "/lib/Renamed File.TXT"],
  ["mkdir", "/d2"],
  ["rename", "/lib/sub", "/d2/moved"],
  ...Array.from({ length: 30 }, (_, i) => ["write", `/d2/file number ${i}.txt`, i, 40 + i]),
  ["write", "/end.py", 10, 1],
];
const fat32 = new Uint8Array(512 * 66700);
formatFat(memoryDevice(fat32, 512), { fatType: 32, now: new Date(Date.UTC(2024, 0, 2)) });
await Deno.writeFile(join(dir, "fat32.img"), toSparse(fat32, 512));
const images: [string, MpJob][] = [
  ["micropython_fat12.img.gz", { mkfs: [512, 400], ops, out: join(dir, "a.img") }],
  ["micropython_fat16.img.gz", { mkfs: [512, 9000], ops, out: join(dir, "b.img") }],
  ["micropython_fat32.img.gz", { img: join(dir, "fat32.img"), ops, out: join(dir, "c.img") }],
];
const results = await runMicroPython(dir, images.map(([, j]) => j));
const expected: Record<string, unknown[]> = {};
for (const [k, [name, job]] of images.entries()) {
  const r = results[k];
  if (r.error) throw new Error(r.error);
  const sparse = await Deno.readFile(job.out!);
  const gz = await new Response(
    new Blob([sparse]).stream().pipeThrough(new CompressionStream("gzip")),
  )
    .arrayBuffer();
  await Deno.writeFile(join(here, name), new Uint8Array(gz));
  expected[name] = await Promise.all(r.entries!.map(async (e) => ({
    path: e.path,
    kind: e.kind,
    size: e.size,
    mtime: e.mtime,
    ...(e.data
      ? {
        sha256: Array.from(
          new Uint8Array(await crypto.subtle.digest("SHA-256", e.data.slice())),
          (b) => b.toString(16).padStart(2, "0"),
        ).join(""),
      }
      : {}),
  })));
}
await Deno.writeTextFile(join(here, "expected.json"), JSON.stringify(expected, null, 1) + "\n");
await Deno.remove(dir, { recursive: true });
