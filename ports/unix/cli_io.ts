// What the image commands (`upy romfs`, `upy image`, `upy fs`) share: reading inputs and
// writing outputs (through a temporary file, so a failure leaves nothing half-written), board
// lookup, and the usage-mistake error.
import { boardNames, findBoard, type ImageBoard } from "../../src/image/boards.ts";
import { ImageError } from "../../src/image/memory_map.ts";
import { writeFileAtomic } from "./cross.ts";

/** A usage mistake: the message, then the usage text, exit status 2. */
export class UsageError extends Error {}

const enc = new TextEncoder();
export const say = (s: string): void => {
  Deno.stdout.writeSync(enc.encode(s));
};
export const sayErr = (s: string): void => {
  Deno.stderr.writeSync(enc.encode(s));
};

export function readInput(path: string, what: string): Uint8Array {
  try {
    return Deno.readFileSync(path);
  } catch (e) {
    const why = e instanceof Deno.errors.NotFound
      ? "no such file"
      : e instanceof Deno.errors.IsADirectory
      ? "is a directory"
      : (e as Error).message;
    throw new ImageError(`can't read ${what} '${path}': ${why}`);
  }
}

export function board(name: string | undefined): ImageBoard | undefined {
  if (name === undefined) return undefined;
  const b = findBoard(name);
  if (b === undefined) throw new ImageError(`unknown board '${name}' (known: ${boardNames()})`);
  return b;
}

export function write(path: string, data: Uint8Array): void {
  try {
    writeFileAtomic(path, data);
  } catch (e) {
    throw new ImageError(`can't write '${path}': ${(e as Error).message}`);
  }
}

export function isDirectory(path: string): boolean {
  try {
    return Deno.statSync(path).isDirectory;
  } catch {
    return false;
  }
}
