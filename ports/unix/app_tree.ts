// An application folder on the host as a tree to put into an image, optionally with its `.py`
// files compiled to `.mpy` as mpremote's `romfs` command does: each `X.py` becomes `X.mpy`
// unless the folder already has an `X.mpy` (then both are kept as they are). The source name
// recorded in a `.mpy` is its path inside the application, as tracebacks on the board show it.
import { join } from "node:path";
import type { FsEntry } from "../../src/fs/types.ts";
import { ImageError } from "../../src/image/memory_map.ts";
import { ARCH_CODES } from "../../src/mpy/arch.ts";
import { PyBaseException } from "../../src/py/obj_exception.ts";
import { crossCompile } from "./cross.ts";

/** Every file and directory under `dir` (paths relative to it), names sorted. */
export function readDirTree(dir: string): FsEntry[] {
  let info: Deno.FileInfo;
  try {
    info = Deno.statSync(dir);
  } catch {
    throw new ImageError(`no such directory: ${dir}`);
  }
  if (!info.isDirectory) throw new ImageError(`not a directory: ${dir}`);
  const out: FsEntry[] = [];
  const walk = (rel: string) => {
    const names = [...Deno.readDirSync(join(dir, rel))].map((e) => e.name).sort();
    for (const name of names) {
      const path = rel ? `${rel}/${name}` : name;
      const st = Deno.statSync(join(dir, path));
      if (st.isDirectory) {
        out.push({ path, kind: "dir" });
        walk(path);
      } else if (st.isFile) {
        out.push({ path, kind: "file", data: Deno.readFileSync(join(dir, path)) });
      }
    }
  };
  walk("");
  return out;
}

export interface CompileOptions {
  /** `-march` name for native code; undefined: bytecode only (decorated functions refused). */
  arch?: string;
}

/** The tree with `.py` files compiled (see the file comment). A compile error is an ImageError
 * naming the file and MicroPython's message. */
export function compileTree(tree: FsEntry[], opts: CompileOptions = {}): FsEntry[] {
  const paths = new Set(tree.map((e) => e.path));
  const dec = new TextDecoder();
  return tree.map((e) => {
    if (e.kind !== "file" || !e.path.endsWith(".py")) return e;
    const mpyPath = e.path.slice(0, -3) + ".mpy";
    if (paths.has(mpyPath)) return e;
    try {
      const { mpy } = crossCompile(dec.decode(e.data), {
        inputName: e.path,
        arch: opts.arch === undefined ? undefined : ARCH_CODES.get(opts.arch),
      });
      return { path: mpyPath, kind: "file", data: mpy };
    } catch (err) {
      if (!(err instanceof PyBaseException)) throw err;
      const msg = err.args.items.map(String).join(", ");
      throw new ImageError(`${e.path}: ${err.type.name}: ${msg}`);
    }
  });
}
