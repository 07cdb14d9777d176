// MicroPython's ROMFS (vfs.VfsRom): a read-only tree of records that the firmware reads in
// place from flash. Format (docs in MicroPython's extmod/vfs_rom.c): every record is a varuint
// kind, a varuint payload length and the payload; varuints are big-endian base-128 with the high
// bit on all but the last byte, and may be padded with leading 0x80 bytes. The image is one
// record of kind 0x14a6b1 (encoded d2 cd 31, "RM1" with high bits) whose payload holds the root's
// records; a directory (4) holds its name and its records, a file (5) its name and a data record:
// verbatim (2) or a (size, offset) pointer into the filesystem payload (3). Other kinds are
// skipped. The whole image has an even length. Our writer lays records out as mpremote's
// `romfs` command does (names sorted, data verbatim), so equal input gives equal bytes.
import {
  ERRNO,
  type FileSystem,
  type FsDirEntry,
  type FsEntry,
  FsError,
  type FsStat,
} from "./types.ts";

const KIND = { PADDING: 1, VERBATIM: 2, POINTER: 3, DIRECTORY: 4, FILE: 5 } as const;
const FILESYSTEM_KIND = 0x14a6b1;
const MAGIC = [0xd2, 0xcd, 0x31];

const enc = new TextEncoder();
const dec = new TextDecoder();

/** varuint: big-endian base 128, continuation bit on all but the last byte. */
function varuint(value: number): number[] {
  const out = [value % 128];
  for (let v = Math.floor(value / 128); v > 0; v = Math.floor(v / 128)) out.unshift(0x80 | v % 128);
  return out;
}

/** Byte chunks joined once at the end (images are built bottom-up). */
class Bytes {
  readonly parts: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array | number[]): this {
    const u = b instanceof Uint8Array ? b : Uint8Array.from(b);
    this.parts.push(u);
    this.length += u.length;
    return this;
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

function record(kind: number, payload: Bytes): Bytes {
  const r = new Bytes().push(varuint(kind)).push(varuint(payload.length));
  for (const p of payload.parts) r.push(p);
  return r;
}

interface DirNode {
  dirs: Map<string, DirNode>;
  files: Map<string, Uint8Array>;
}

/** The tree as nested directories; a path given twice, or a file where a directory is needed,
 * is an EINVAL FsError. */
function nest(tree: FsEntry[]): DirNode {
  const root: DirNode = { dirs: new Map(), files: new Map() };
  const dirAt = (parts: string[], path: string): DirNode => {
    let d = root;
    for (const name of parts) {
      if (d.files.has(name)) throw new FsError(ERRNO.EINVAL, `${path}: a file is in the way`);
      let next = d.dirs.get(name);
      if (next === undefined) d.dirs.set(name, next = { dirs: new Map(), files: new Map() });
      d = next;
    }
    return d;
  };
  for (const e of tree) {
    const parts = e.path.split("/").filter((p) => p !== "");
    if (parts.length === 0 || parts.some((p) => p === "." || p === "..")) {
      throw new FsError(ERRNO.EINVAL, `bad path '${e.path}'`);
    }
    if (e.kind === "dir") {
      dirAt(parts, e.path);
      continue;
    }
    const name = parts.pop()!;
    const d = dirAt(parts, e.path);
    if (d.files.has(name) || d.dirs.has(name)) {
      throw new FsError(ERRNO.EINVAL, `${e.path} given twice`);
    }
    d.files.set(name, e.data ?? new Uint8Array());
  }
  return root;
}

/** Records of a directory's contents, in name order (directories and files interleaved). */
function contents(d: DirNode): Bytes {
  const out = new Bytes();
  const names = [...d.dirs.keys(), ...d.files.keys()].sort();
  for (const name of names) {
    const nameBytes = enc.encode(name);
    const payload = new Bytes().push(varuint(nameBytes.length)).push(nameBytes);
    const sub = d.dirs.get(name);
    if (sub !== undefined) {
      for (const p of contents(sub).parts) payload.push(p);
      for (const p of record(KIND.DIRECTORY, payload).parts) out.push(p);
    } else {
      const data = new Bytes().push(d.files.get(name)!);
      for (const p of record(KIND.VERBATIM, data).parts) payload.push(p);
      for (const p of record(KIND.FILE, payload).parts) out.push(p);
    }
  }
  return out;
}

/** A ROMFS image of `tree` (see the file comment for the layout). */
export function buildRomfs(tree: FsEntry[]): Uint8Array {
  const body = contents(nest(tree));
  let len = varuint(body.length);
  // The image must have an even size: pad the length varuint with a leading 0x80.
  if ((MAGIC.length + len.length + body.length) % 2 === 1) len = [0x80, ...len];
  const out = new Bytes().push(MAGIC).push(len);
  for (const p of body.parts) out.push(p);
  return out.concat();
}

// --- reading ----------------------------------------------------------------------------------

const corrupt = (what: string) => new FsError(ERRNO.EIO, `corrupt ROMFS: ${what}`);

/** A record found at some offset: its kind and the payload's [start, end). */
interface Rec {
  kind: number;
  start: number;
  end: number;
}

class Reader {
  constructor(readonly b: Uint8Array) {}

  uint(at: number, limit: number): [number, number] {
    let v = 0;
    for (let p = at; p < limit; p++) {
      v = v * 128 + (this.b[p] & 0x7f);
      if (v > Number.MAX_SAFE_INTEGER / 128) throw corrupt("number too large");
      if (!(this.b[p] & 0x80)) return [v, p + 1];
    }
    throw corrupt("record runs past its end");
  }

  record(at: number, limit: number): Rec {
    const [kind, p] = this.uint(at, limit);
    const [len, start] = this.uint(p, limit);
    if (start + len > limit) throw corrupt("record runs past its end");
    return { kind, start, end: start + len };
  }

  /** Records in [at, limit), in order. */
  *records(at: number, limit: number): Generator<Rec> {
    while (at < limit) {
      const r = this.record(at, limit);
      if (r.kind === 0) throw corrupt("unused record");
      yield r;
      at = r.end;
    }
  }
}

/** A directory or file record's name and where the rest of its payload starts. */
function named(rd: Reader, r: Rec): { name: string; rest: number } {
  const [n, p] = rd.uint(r.start, r.end);
  if (p + n > r.end) throw corrupt("name runs past its record");
  const name = dec.decode(rd.b.subarray(p, p + n));
  // A name a path can't reach (mpremote's writer never makes one) would make walks loop.
  if (name === "" || name === "." || name === ".." || name.includes("/")) {
    throw corrupt(`bad name '${name}'`);
  }
  return { name, rest: p + n };
}

/** A mounted ROMFS image (read-only); `bytes` may be longer than the image (a partition). */
export function mountRomfs(bytes: Uint8Array): FileSystem {
  if (bytes.length < 4 || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new FsError(ERRNO.ENODEV, "not a ROMFS image (no RM1 header)");
  }
  const rd = new Reader(bytes);
  let top: Rec;
  try {
    top = rd.record(0, bytes.length);
  } catch {
    throw new FsError(ERRNO.ENODEV, "ROMFS image is truncated");
  }
  if (top.kind !== FILESYSTEM_KIND) throw new FsError(ERRNO.ENODEV, "not a ROMFS image");

  const fileData = (r: Rec, from: number): Uint8Array => {
    for (const d of rd.records(from, r.end)) {
      if (d.kind === KIND.VERBATIM) return bytes.subarray(d.start, d.end);
      if (d.kind === KIND.POINTER) {
        const [size, p] = rd.uint(d.start, d.end);
        const [offset] = rd.uint(p, d.end);
        const at = top.start + offset;
        if (at + size > top.end) throw corrupt("data pointer outside the image");
        return bytes.subarray(at, at + size);
      }
    }
    throw corrupt("file without data");
  };

  /** The record at `path`: undefined for the root; throws ENOENT. */
  const find = (path: string): { rec: Rec; rest: number; isDir: boolean } | undefined => {
    const parts = path.split("/").filter((p) => p !== "" && p !== ".");
    let start = top.start, end = top.end;
    let found: { rec: Rec; rest: number; isDir: boolean } | undefined;
    for (const [i, part] of parts.entries()) {
      found = undefined;
      for (const r of rd.records(start, end)) {
        if (r.kind !== KIND.DIRECTORY && r.kind !== KIND.FILE) continue;
        const { name, rest } = named(rd, r);
        if (name !== part) continue;
        found = { rec: r, rest, isDir: r.kind === KIND.DIRECTORY };
        break;
      }
      if (found === undefined || (!found.isDir && i < parts.length - 1)) {
        throw new FsError(ERRNO.ENOENT, `no such file or directory: '${path}'`);
      }
      start = found.rest;
      end = found.rec.end;
    }
    return found;
  };

  const stat = (path: string): FsStat => {
    const f = find(path);
    if (f === undefined || f.isDir) return { kind: "dir", size: 0, mtime: 0 };
    return { kind: "file", size: fileData(f.rec, f.rest).length, mtime: 0 };
  };

  return {
    readonly: true,
    stat,
    list(path: string): FsDirEntry[] {
      const f = find(path);
      if (f !== undefined && !f.isDir) {
        throw new FsError(ERRNO.ENOTDIR, `not a directory: '${path}'`);
      }
      const [start, end] = f === undefined ? [top.start, top.end] : [f.rest, f.rec.end];
      const out: FsDirEntry[] = [];
      for (const r of rd.records(start, end)) {
        if (r.kind !== KIND.DIRECTORY && r.kind !== KIND.FILE) continue;
        const { name, rest } = named(rd, r);
        const isDir = r.kind === KIND.DIRECTORY;
        out.push({
          name,
          kind: isDir ? "dir" : "file",
          size: isDir ? r.end - rest : fileData(r, rest).length,
        });
      }
      return out;
    },
    readFile(path: string): Uint8Array {
      const f = find(path);
      if (f === undefined || f.isDir) throw new FsError(ERRNO.EISDIR, `is a directory: '${path}'`);
      return fileData(f.rec, f.rest);
    },
  };
}

/** Every file and directory of a mounted filesystem, depth first, as a tree to write again. */
export function walkTree(fs: FileSystem, dir = "/"): FsEntry[] {
  const out: FsEntry[] = [];
  for (const e of fs.list(dir)) {
    const path = dir === "/" ? e.name : `${dir.replace(/^\//, "")}/${e.name}`;
    if (e.kind === "dir") {
      out.push({ path, kind: "dir" });
      out.push(...walkTree(fs, "/" + path));
    } else {
      out.push({ path, kind: "file", data: fs.readFile("/" + path) });
    }
  }
  return out;
}
