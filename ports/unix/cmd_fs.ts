// `upy fs ...`: build a littlefs v2/v1 or FAT image of a folder as it is, and list, read and
// extract any filesystem image (littlefs v1/v2, FAT, ROMFS: detected). Also the board's
// filesystem image for `upy image --fs DIR`. Every failure is one line on stderr and exit
// status 1 (2 for a usage mistake); outputs go through a temporary file.
import { parseArgs } from "node:util";
import { join } from "node:path";
import { buildFat } from "../../src/fs/fat.ts";
import { buildLfs1 } from "../../src/fs/lfs1_write.ts";
import { buildLfs2 } from "../../src/fs/lfs2.ts";
import { KIND_NAMES, mountImage } from "../../src/fs/detect.ts";
import { type FileSystem, type FsEntry, FsError, type Geometry } from "../../src/fs/types.ts";
import { boardNames, type FsKind, type ImageBoard } from "../../src/image/boards.ts";
import { ImageError } from "../../src/image/memory_map.ts";
import { readDirTree } from "./app_tree.ts";
import { board, readInput, say, sayErr, UsageError, write } from "./cli_io.ts";
import { writeFileAtomic } from "./cross.ts";

export const FS_USAGE =
  `usage: upy fs build DIR -o IMAGE --format lfs2|lfs1|fat --block-size B --block-count N
       upy fs build DIR -o IMAGE --board NAME [--format ...]
       upy fs ls IMAGE [PATH]
       upy fs cat IMAGE PATH
       upy fs extract IMAGE DIR
build writes the folder's files as they are (nothing is compiled); --board takes the format
and geometry of the board's filesystem partition. ls, cat and extract detect the format
(littlefs v1/v2, FAT, ROMFS). boards: ${boardNames()}`;

const FORMATS: FsKind[] = ["lfs2", "lfs1", "fat"];

/** The image of `tree` in `kind` with `geometry` (littlefs: `progSize` as the port mounts). */
export function buildFsImage(tree: FsEntry[], kind: FsKind, geometry: Geometry): Uint8Array {
  switch (kind) {
    case "lfs2":
      return buildLfs2(tree, geometry);
    case "lfs1":
      return buildLfs1(tree, geometry);
    case "fat":
      return buildFat(tree, geometry);
  }
}

/** The board's filesystem partition as a geometry. */
function boardGeometry(b: ImageBoard): { kind: FsKind; geometry: Geometry } {
  const fs = b.fs;
  if (fs === undefined) throw new ImageError(`${b.name} has no filesystem partition`);
  const geometry: Geometry = { blockSize: fs.blockSize, blockCount: fs.size / fs.blockSize };
  if (fs.progSize !== undefined) geometry.progSize = fs.progSize;
  return { kind: fs.kind, geometry };
}

/** The folder `dir` as the board's filesystem image (`upy image --fs DIR`). */
export function boardFsImage(dir: string, b: ImageBoard): Uint8Array {
  const { kind, geometry } = boardGeometry(b);
  return buildFsImage(readDirTree(dir), kind, geometry);
}

/** Refuse an image the board's firmware would not mount as it is (another format or geometry:
 * MicroPython would format the partition at boot and lose it). */
export function checkBoardFsImage(img: Uint8Array, b: ImageBoard): void {
  const { kind, geometry } = boardGeometry(b);
  let found;
  try {
    found = mountImage(img);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    throw new ImageError(`the filesystem image is not one ${b.name} mounts: ${e.message}`);
  }
  if (found.kind !== kind) {
    throw new ImageError(
      `the filesystem image is ${KIND_NAMES[found.kind]}; ${b.name} mounts ${KIND_NAMES[kind]}`,
    );
  }
  const size = geometry.blockSize * geometry.blockCount;
  if (found.blockSize !== geometry.blockSize || img.length !== size) {
    throw new ImageError(
      `the filesystem image is ${found.blockCount} blocks of ${found.blockSize} bytes; ` +
        `${b.name}'s partition is ${geometry.blockCount} blocks of ${geometry.blockSize}`,
    );
  }
}

/** A positive whole number option. */
function count(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) {
    throw new UsageError(`${what} must be a positive whole number, not '${value}'`);
  }
  return n;
}

function fsBuild(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      format: { type: "string" },
      board: { type: "string" },
      "block-size": { type: "string" },
      "block-count": { type: "string" },
    },
  });
  if (positionals.length !== 1 || values.output === undefined) {
    throw new UsageError("fs build needs a folder and -o IMAGE");
  }
  const format = values.format as FsKind | undefined;
  if (format !== undefined && !FORMATS.includes(format)) {
    throw new UsageError(`unknown format '${format}' (lfs2, lfs1 or fat)`);
  }
  const blockSize = count(values["block-size"], "--block-size");
  const blockCount = count(values["block-count"], "--block-count");
  let kind: FsKind, geometry: Geometry;
  const b = board(values.board);
  if (b !== undefined) {
    if (blockSize !== undefined || blockCount !== undefined) {
      throw new UsageError("give --board or --block-size/--block-count, not both");
    }
    ({ kind, geometry } = boardGeometry(b));
    kind = format ?? kind;
  } else {
    if (format === undefined || blockSize === undefined || blockCount === undefined) {
      throw new UsageError("fs build needs --format, --block-size and --block-count (or --board)");
    }
    kind = format;
    geometry = { blockSize, blockCount };
  }
  const img = buildFsImage(readDirTree(positionals[0]), kind, geometry);
  write(values.output, img);
}

function mount(path: string): FileSystem {
  return mountImage(readInput(path, "filesystem image")).fs;
}

const child = (dir: string, name: string) => `${dir.replace(/\/$/, "")}/${name}`;

function fsLs(args: string[]): void {
  if (args.length < 1 || args.length > 2) throw new UsageError("fs ls needs an image");
  const fs = mount(args[0]);
  const walk = (dir: string, indent: string) => {
    for (const e of fs.list(dir)) {
      if (e.kind === "dir") {
        say(`${indent}${e.name}/\n`);
        walk(child(dir, e.name), indent + "  ");
      } else {
        say(`${indent}${e.name} ${e.size}\n`);
      }
    }
  };
  const start = args[1] ?? "/";
  if (fs.stat(start).kind === "file") say(`${start.replace(/.*\//, "")} ${fs.stat(start).size}\n`);
  else walk(start, "");
}

function writeAll(data: Uint8Array): void {
  for (let at = 0; at < data.length;) at += Deno.stdout.writeSync(data.subarray(at));
}

function fsCat(args: string[]): void {
  if (args.length !== 2) throw new UsageError("fs cat needs an image and a path");
  writeAll(mount(args[0]).readFile(args[1]));
}

/** A name from an image that is safe to create on the host. */
function safeName(name: string, dir: string): string {
  if (name === "" || name === "." || name === ".." || /[/\\\0]/.test(name)) {
    throw new ImageError(`refusing to extract the name ${JSON.stringify(name)} in ${dir}`);
  }
  return name;
}

function fsExtract(args: string[]): void {
  if (args.length !== 2) throw new UsageError("fs extract needs an image and a folder");
  const fs = mount(args[0]);
  const out = args[1];
  const files: [string, Uint8Array][] = [];
  const dirs: string[] = [out];
  // Read everything first: a corrupt image fails before anything is written.
  const walk = (dir: string, host: string) => {
    for (const e of fs.list(dir)) {
      const hostPath = join(host, safeName(e.name, dir));
      if (e.kind === "dir") {
        dirs.push(hostPath);
        walk(child(dir, e.name), hostPath);
      } else {
        files.push([hostPath, fs.readFile(child(dir, e.name))]);
      }
    }
  };
  walk("/", out);
  try {
    for (const d of dirs) Deno.mkdirSync(d, { recursive: true });
    for (const [path, data] of files) writeFileAtomic(path, data);
  } catch (e) {
    throw new ImageError(`can't extract into '${out}': ${(e as Error).message}`);
  }
}

const COMMANDS: Record<string, (args: string[]) => void> = {
  build: fsBuild,
  ls: fsLs,
  cat: fsCat,
  extract: fsExtract,
};

/** `upy fs ARGS`: the exit status. */
export function runFsCommand(args: string[]): number {
  try {
    if (args.length === 0 || args[0] === "--help" || args[0] === "-h") {
      say(FS_USAGE + "\n");
      return args.length === 0 ? 2 : 0;
    }
    const cmd = COMMANDS[args[0]];
    if (cmd === undefined) throw new UsageError(`unknown fs command '${args[0]}'`);
    cmd(args.slice(1));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && "code" in e)) {
      // node:util parseArgs reports unknown options as TypeError with a code.
      sayErr(`upy fs: ${e.message}\n${FS_USAGE}\n`);
      return 2;
    }
    if (e instanceof ImageError || e instanceof FsError) {
      sayErr(`upy fs: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
