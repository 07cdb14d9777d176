// `upy romfs ...` and `upy image ...`: build, list and read ROMFS images, and merge firmware with
// a ROMFS or filesystem image into one flashable file. Every failure is one line on stderr and
// exit status 1 (2 for a usage mistake); outputs are written through a temporary file.
import { parseArgs } from "node:util";
import { buildRomfs, mountRomfs } from "../../src/fs/romfs.ts";
import { FsError } from "../../src/fs/types.ts";
import { boardNames, type ImageBoard, type ImageFormat } from "../../src/image/boards.ts";
import { buildImage } from "../../src/image/build.ts";
import { inspectImage } from "../../src/image/inspect.ts";
import { ImageError } from "../../src/image/memory_map.ts";
import { isThumbArch } from "../../src/mpy/arch.ts";
import { compileTree, readDirTree } from "./app_tree.ts";
import { board, isDirectory, readInput, say, sayErr, UsageError, write } from "./cli_io.ts";
import { boardFsImage, checkBoardFsImage } from "./cmd_fs.ts";

export const ROMFS_USAGE =
  `usage: upy romfs build DIR -o IMAGE [--board NAME | --march ARCH] [--no-compile]
       upy romfs ls IMAGE [PATH]
       upy romfs cat IMAGE PATH
build compiles each .py to .mpy (bytecode, plus native code for -march or the board's arch)
and keeps other files as they are; --board also checks that the image fits its partition.`;

export const IMAGE_USAGE =
  `usage: upy image --board NAME --firmware FW [--romfs DIR|IMG] [--fs DIR|IMG] -o OUT
       upy image inspect FILE
OUT's extension chooses the container: .uf2, .bin, .hex or .elf (qemu boards: ELF with the
image as an extra segment, for qemu -kernel). FW may be ELF, UF2, HEX or BIN. --fs DIR
builds the board's filesystem (its format and geometry) from the folder as it is.
boards: ${boardNames()}`;

/** A ROMFS image of the folder `dir` (compiled unless `compile` is false). */
export function romfsFromDir(dir: string, arch: string | undefined, compile = true): Uint8Array {
  const tree = readDirTree(dir);
  return buildRomfs(compile ? compileTree(tree, { arch }) : tree);
}

/** DIR → ROMFS image, or an existing image file as it is. */
function romfsInput(path: string, b: ImageBoard): Uint8Array {
  if (isDirectory(path)) return romfsFromDir(path, b.arch);
  const img = readInput(path, "ROMFS image");
  mountRomfs(img); // refuse what the firmware would not mount
  return img;
}

function romfsBuild(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      board: { type: "string" },
      march: { type: "string" },
      "no-compile": { type: "boolean" },
    },
  });
  if (positionals.length !== 1 || values.output === undefined) {
    throw new UsageError("romfs build needs a folder and -o IMAGE");
  }
  const b = board(values.board);
  const arch = values.march ?? b?.arch;
  if (values.march !== undefined && !isThumbArch(values.march)) {
    throw new ImageError(`unknown or unsupported -march '${values.march}'`);
  }
  const img = romfsFromDir(positionals[0], arch, !values["no-compile"]);
  if (b !== undefined) {
    if (b.romfs === undefined) throw new ImageError(`${b.name} has no ROMFS partition`);
    if (img.length > b.romfs.size) {
      throw new ImageError(
        `the ROMFS image is ${img.length} bytes; ${b.name}'s partition holds ${b.romfs.size}`,
      );
    }
  }
  write(values.output, img);
}

function romfsRead(cmd: "ls" | "cat", args: string[]): void {
  const [imgPath, path = "/"] = args;
  if (imgPath === undefined || (cmd === "cat" && args.length !== 2) || args.length > 2) {
    throw new UsageError(`romfs ${cmd} needs an image${cmd === "cat" ? " and a path" : ""}`);
  }
  const fs = mountRomfs(readInput(imgPath, "ROMFS image"));
  if (cmd === "cat") {
    Deno.stdout.writeSync(fs.readFile(path));
    return;
  }
  const walk = (dir: string, indent: string) => {
    for (const e of fs.list(dir)) {
      if (e.kind === "dir") {
        say(`${indent}${e.name}/\n`);
        walk(`${dir.replace(/\/$/, "")}/${e.name}`, indent + "  ");
      } else {
        say(`${indent}${e.name} ${e.size}\n`);
      }
    }
  };
  walk(path, "");
}

/** DIR → the board's filesystem image (its format and geometry), or an image file that the
 * board's firmware would mount as it is. */
function fsInput(path: string, b: ImageBoard): Uint8Array {
  if (isDirectory(path)) return boardFsImage(path, b);
  const img = readInput(path, "filesystem image");
  checkBoardFsImage(img, b);
  return img;
}

function image(args: string[]): void {
  if (args[0] === "inspect") {
    if (args.length !== 2) throw new UsageError("image inspect needs one file");
    say(inspectImage(readInput(args[1], "image")) + "\n");
    return;
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      board: { type: "string" },
      firmware: { type: "string" },
      romfs: { type: "string" },
      fs: { type: "string" },
      output: { type: "string", short: "o" },
    },
  });
  void positionals;
  if (!values.board || !values.firmware || !values.output) {
    throw new UsageError("image needs --board, --firmware and -o");
  }
  const b = board(values.board)!;
  const ext = /\.(uf2|bin|hex|elf)$/i.exec(values.output)?.[1].toLowerCase() as ImageFormat;
  if (ext === undefined) throw new ImageError(`the output must end in .uf2, .bin, .hex or .elf`);
  const out = buildImage({
    board: b,
    firmware: readInput(values.firmware, "firmware"),
    romfs: values.romfs === undefined ? undefined : romfsInput(values.romfs, b),
    fs: values.fs === undefined ? undefined : fsInput(values.fs, b),
    format: ext,
  });
  write(values.output, out);
}

/** `upy romfs ARGS` / `upy image ARGS`: the exit status. */
export function runImageCommand(command: "romfs" | "image", args: string[]): number {
  const usage = command === "romfs" ? ROMFS_USAGE : IMAGE_USAGE;
  try {
    if (args.length === 0 || args[0] === "--help" || args[0] === "-h") {
      say(usage + "\n");
      return args.length === 0 ? 2 : 0;
    }
    if (command === "image") image(args);
    else if (args[0] === "build") romfsBuild(args.slice(1));
    else if (args[0] === "ls" || args[0] === "cat") romfsRead(args[0], args.slice(1));
    else throw new UsageError(`unknown romfs command '${args[0]}'`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && "code" in e)) {
      // node:util parseArgs reports unknown options as TypeError with a code.
      sayErr(`upy ${command}: ${e.message}\n${usage}\n`);
      return 2;
    }
    if (e instanceof ImageError || e instanceof FsError) {
      sayErr(`upy ${command}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
