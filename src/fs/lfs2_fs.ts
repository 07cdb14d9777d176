// The mounted littlefs v2 filesystem behind mountLfs2: path lookups through directory pair
// chains (hiding an entry a pending move has left behind), file reads (inline or CTZ), and the
// changes (write, mkdir, remove, rmdir, rename) as the sequences of commits lfs.c makes, with the
// global-state steps (move, orphan bit) between them so a power cut leaves a state littlefs
// repairs. Entries are inserted where littlefs's name order puts them.
import { ctzRead, ctzWrite } from "./lfs2_ctz.ts";
import { le32, putLe32 } from "./lfs2_disk.ts";
import { type Lfs2Core, type Superblock } from "./lfs2_core.ts";
import {
  type Attr,
  type Mdir,
  type MEntry,
  mkTag,
  type Pair,
  pairData,
  pairIsNull,
  pairOverlap,
  pairSame,
  T,
  tagId,
} from "./lfs2_mdir.ts";
import {
  ERRNO,
  type FileSystem,
  type FsDirEntry,
  FsError,
  type FsStat,
  type Geometry,
} from "./types.ts";

export const NAME_MAX = 255;
export const FILE_MAX = 0x7fffffff;
export const ATTR_MAX = 1022;
const MTIME_ATTR = 1;
const enc = new TextEncoder();
const dec = new TextDecoder();
const EMPTY = new Uint8Array(0);

export interface Lfs2Options {
  /** Store an mtime attribute on files written: true (the clock), a clock in ms, or false. */
  mtime?: boolean | (() => number);
  /** Mount read-only (also when the device has no writeBlocks). */
  readonly?: boolean;
}

const fail = (errno: number, msg: string): FsError => new FsError(errno, msg);

interface Found {
  m: Mdir;
  id: number;
  e: MEntry;
}

/** littlefs's name order (<0: the name on disk comes first): by bytes, except that a name
 * comes after the longer names it is a prefix of ("abc" before "ab"). */
function nameCmp(disk: Uint8Array, ours: Uint8Array): number {
  const n = Math.min(disk.length, ours.length);
  for (let i = 0; i < n; i++) if (disk[i] !== ours[i]) return disk[i] < ours[i] ? -1 : 1;
  if (disk.length === ours.length) return 0;
  return ours.length < disk.length ? -1 : 1;
}

const isNamed = (e: MEntry): boolean => e.type >= 0 && (e.type & 0x780) === 0;

export class Lfs2 implements FileSystem {
  private readonly inlineMax: number;

  constructor(
    private readonly core: Lfs2Core,
    geometry: Partial<Geometry>,
    readonly readonly: boolean,
    private readonly options: Lfs2Options,
  ) {
    const cache = 4 * Math.max(geometry.readSize ?? 32, geometry.progSize ?? 32);
    const sb = core.superblock;
    this.inlineMax = Math.min(cache, sb.attrMax || ATTR_MAX, core.disk.blockSize / 8);
  }

  get superblock(): Superblock {
    return this.core.superblock;
  }

  // --- lookups ---

  /** Ids of `m` hidden by a pending move (littlefs's synthetic delete). */
  private hidden(m: Mdir): number {
    const g = this.core.gdisk;
    return (g.tag >>> 20) & 0x700 && pairOverlap(g.pair, m.pair) ? tagId(g.tag) : -1;
  }

  /** The pairs of the directory starting at `head`, in order. Cycles are EIO. */
  private *dirPairs(head: Pair): Generator<Mdir> {
    const seen = new Set<number>();
    let pair = head;
    for (;;) {
      if (seen.has(pair[0]) || seen.has(pair[1])) {
        throw fail(ERRNO.EIO, "littlefs: cycle in a directory");
      }
      seen.add(pair[0]).add(pair[1]);
      const m = this.core.fetch(pair);
      yield m;
      if (!m.split || pairIsNull(m.tail)) return;
      pair = m.tail;
    }
  }

  private *entries(head: Pair): Generator<Found> {
    for (const m of this.dirPairs(head)) {
      const hide = this.hidden(m);
      for (let id = 0; id < m.entries.length; id++) {
        const e = m.entries[id];
        if (id !== hide && isNamed(e)) yield { m, id, e };
      }
    }
  }

  private find(head: Pair, name: Uint8Array): Found | null {
    for (const f of this.entries(head)) if (nameCmp(f.e.name, name) === 0) return f;
    return null;
  }

  private static dirPair(f: Found): Pair {
    const s = f.e.struct;
    if (s?.type !== T.DIRSTRUCT || s.data.length < 8) {
      throw fail(ERRNO.EIO, "littlefs: directory without its metadata pair");
    }
    return [le32(s.data, 0), le32(s.data, 4)];
  }

  private static parts(path: string): string[] {
    const out: string[] = [];
    for (const p of path.split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") out.pop();
      else out.push(p);
    }
    return out;
  }

  /** Resolve `parts`: null for the root, else the entry. Directory cycles are EIO. */
  private walk(parts: string[]): { found: Found | null; head: Pair } {
    let head = this.core.root;
    const heads: Pair[] = [head];
    let found: Found | null = null;
    for (let i = 0; i < parts.length; i++) {
      found = this.find(head, enc.encode(parts[i]));
      if (!found) {
        throw fail(ERRNO.ENOENT, `no such file or directory: /${parts.slice(0, i + 1).join("/")}`);
      }
      if (found.e.type === T.DIR) {
        head = Lfs2.dirPair(found);
        if (heads.some((h) => pairOverlap(h, head))) {
          throw fail(ERRNO.EIO, "littlefs: directory cycle");
        }
        heads.push(head);
      } else if (i < parts.length - 1) {
        throw fail(ERRNO.ENOTDIR, `not a directory: /${parts.slice(0, i + 1).join("/")}`);
      }
    }
    return { found, head };
  }

  private dirHead(parts: string[], path: string): Pair {
    const { found, head } = this.walk(parts);
    if (found && found.e.type !== T.DIR) throw fail(ERRNO.ENOTDIR, `not a directory: ${path}`);
    return head;
  }

  private fileSize(e: MEntry): number {
    const s = e.struct;
    if (e.type !== T.REG || !s) return 0;
    if (s.type === T.INLINESTRUCT) return s.data.length;
    if (s.type === T.CTZSTRUCT && s.data.length >= 8) return le32(s.data, 4);
    return 0;
  }

  stat(path: string): FsStat {
    const { found } = this.walk(Lfs2.parts(path));
    if (!found) return { kind: "dir", size: 0, mtime: 0 };
    if (!found.e.struct) throw fail(ERRNO.ENOENT, `no such file or directory: ${path}`);
    const t = found.e.attrs.get(MTIME_ATTR);
    let mtime = 0;
    if (t?.length === 8) {
      const ns = new DataView(t.buffer, t.byteOffset, 8).getBigUint64(0, true);
      mtime = Number(ns / 1_000_000_000n);
    }
    const kind = found.e.type === T.DIR ? "dir" : "file";
    return { kind, size: this.fileSize(found.e), mtime };
  }

  list(path: string): FsDirEntry[] {
    const head = this.dirHead(Lfs2.parts(path), path);
    const out: FsDirEntry[] = [];
    for (const { e } of this.entries(head)) {
      if (!e.struct) continue;
      const kind = e.type === T.DIR ? "dir" : "file";
      out.push({ name: dec.decode(e.name), kind, size: this.fileSize(e) });
    }
    return out;
  }

  readFile(path: string): Uint8Array {
    const { found } = this.walk(Lfs2.parts(path));
    if (!found || found.e.type === T.DIR) throw fail(ERRNO.EISDIR, `is a directory: ${path}`);
    const s = found.e.struct;
    if (!s) throw fail(ERRNO.ENOENT, `no such file or directory: ${path}`);
    if (s.type === T.INLINESTRUCT) return s.data.slice();
    if (s.type === T.CTZSTRUCT && s.data.length >= 8) {
      return ctzRead(this.core.disk, le32(s.data, 0), le32(s.data, 4));
    }
    throw fail(ERRNO.EIO, `littlefs: unknown file structure 0x${s.type.toString(16)}`);
  }

  usage(): { blockSize: number; blocks: number; free: number } {
    const blocks = this.core.disk.blockCount;
    const free = Math.max(0, blocks - this.core.usedCount());
    return { blockSize: this.core.disk.blockSize, blocks, free };
  }

  // --- changes ---

  /** Run a change: repairs first, and on failure forget cached state so the next one rescans. */
  private change(f: () => void): void {
    if (this.readonly) throw fail(ERRNO.EROFS, "littlefs: mounted read-only");
    try {
      this.core.forceConsistency();
      f();
      this.core.settle();
    } catch (e) {
      this.core.resetAlloc();
      try {
        this.core.scan();
      } catch { /* the error below says what went wrong first */ }
      throw e;
    }
  }

  /** Where a new name goes: before the first greater name, else at the end of the last pair. */
  private insertPoint(head: Pair, name: Uint8Array): { m: Mdir; id: number } {
    let last: Mdir | null = null;
    for (const m of this.dirPairs(head)) {
      for (let id = 0; id < m.entries.length; id++) {
        const e = m.entries[id];
        if (isNamed(e) && nameCmp(e.name, name) > 0) return { m, id };
      }
      last = m;
    }
    return { m: last!, id: last!.entries.length };
  }

  private splitPath(path: string): { parent: string[]; name: Uint8Array } {
    const parts = Lfs2.parts(path);
    if (parts.length === 0) throw fail(ERRNO.EISDIR, `is a directory: ${path}`);
    const name = enc.encode(parts[parts.length - 1]);
    if (name.length > this.core.superblock.nameMax) {
      throw fail(ERRNO.EINVAL, `littlefs: name longer than ${this.core.superblock.nameMax} bytes`);
    }
    return { parent: parts.slice(0, -1), name };
  }

  private mtimeAttr(id: number): Attr[] {
    const m = this.options.mtime ?? true;
    if (m === false) return [];
    const ms = typeof m === "function" ? m() : Date.now();
    const d = new Uint8Array(8);
    new DataView(d.buffer).setBigUint64(0, BigInt(Math.floor(ms)) * 1_000_000n, true);
    return [{ tag: mkTag(T.USERATTR | MTIME_ATTR, id, 8), data: d }];
  }

  writeFile(path: string, data: Uint8Array): void {
    this.change(() => {
      const { parent, name } = this.splitPath(path);
      const head = this.dirHead(parent, path);
      if (data.length > this.core.superblock.fileMax) {
        throw fail(ERRNO.EFBIG, `littlefs: file of ${data.length} bytes too large`);
      }
      const old = this.find(head, name);
      if (old && old.e.type !== T.REG) throw fail(ERRNO.EISDIR, `is a directory: ${path}`);
      let struct: Attr;
      if (data.length <= this.inlineMax) {
        struct = { tag: mkTag(T.INLINESTRUCT, 0, data.length), data: data.slice() };
      } else {
        const c = this.core;
        const headBlock = ctzWrite(c.disk, data, c.alloc, c.progSize);
        const d = new Uint8Array(8);
        putLe32(d, 0, headBlock);
        putLe32(d, 4, data.length);
        struct = { tag: mkTag(T.CTZSTRUCT, 0, 8), data: d };
      }
      const withId = (a: Attr, id: number): Attr => ({
        tag: (a.tag | (id << 10)) >>> 0,
        data: a.data,
      });
      if (old) {
        this.core.commit(old.m.pair, [withId(struct, old.id), ...this.mtimeAttr(old.id)]);
      } else {
        const { m, id } = this.insertPoint(head, name);
        this.core.commit(m.pair, [
          { tag: mkTag(T.CREATE, id, 0), data: EMPTY },
          { tag: mkTag(T.REG, id, name.length), data: name },
          withId(struct, id),
          ...this.mtimeAttr(id),
        ]);
      }
    });
  }

  mkdir(path: string): void {
    this.change(() => {
      const { parent, name } = this.splitPath(path);
      const head = this.dirHead(parent, path);
      if (this.find(head, name)) throw fail(ERRNO.EEXIST, `already exists: ${path}`);
      const { m: cwd, id } = this.insertPoint(head, name);
      let pred = cwd;
      for (const m of this.dirPairs(cwd.pair)) pred = m;
      const core = this.core;
      const dir = core.newPair(
        pairIsNull(pred.tail)
          ? []
          : [{ tag: mkTag(T.SOFTTAIL, 0x3ff, 8), data: pairData(pred.tail) }],
      );
      const entry: Attr[] = [
        { tag: mkTag(T.CREATE, id, 0), data: EMPTY },
        { tag: mkTag(T.DIR, id, name.length), data: name },
        { tag: mkTag(T.DIRSTRUCT, id, 8), data: pairData(dir) },
      ];
      const link = { tag: mkTag(T.SOFTTAIL, 0x3ff, 8), data: pairData(dir) };
      if (cwd.split) {
        core.prepOrphans(+1);
        core.commit(pred.pair, [link]);
        core.prepOrphans(-1);
        core.commit(cwd.pair, entry);
      } else {
        core.commit(cwd.pair, [...entry, link]);
      }
    });
  }

  remove(path: string): void {
    this.change(() => {
      const { found } = this.walk(Lfs2.parts(path));
      if (!found || found.e.type === T.DIR) throw fail(ERRNO.EISDIR, `is a directory: ${path}`);
      this.core.commit(found.m.pair, [{ tag: mkTag(T.DELETE, found.id, 0), data: EMPTY }]);
    });
  }

  /** An empty directory's pair, or ENOTEMPTY. */
  private emptyDir(f: Found, path: string): Pair {
    const pair = Lfs2.dirPair(f);
    const m = this.core.fetch(pair);
    if (m.entries.length > 0 || m.split) {
      throw fail(ERRNO.ENOTEMPTY, `directory not empty: ${path}`);
    }
    return pair;
  }

  rmdir(path: string): void {
    this.change(() => {
      const parts = Lfs2.parts(path);
      if (parts.length === 0) throw fail(ERRNO.EINVAL, "cannot remove the root directory");
      const { found } = this.walk(parts);
      if (!found || found.e.type !== T.DIR) throw fail(ERRNO.ENOTDIR, `not a directory: ${path}`);
      const pair = this.emptyDir(found, path);
      const core = this.core;
      core.prepOrphans(+1);
      core.commit(found.m.pair, [{ tag: mkTag(T.DELETE, found.id, 0), data: EMPTY }]);
      core.prepOrphans(-1);
      core.dropPair(pair);
    });
  }

  rename(from: string, to: string): void {
    this.change(() => {
      const fromParts = Lfs2.parts(from);
      if (fromParts.length === 0) throw fail(ERRNO.EINVAL, "cannot rename the root directory");
      const old = this.walk(fromParts).found!;
      const { parent, name } = this.splitPath(to);
      const toParts = [...parent, dec.decode(name)];
      if (
        old.e.type === T.DIR && toParts.length > fromParts.length &&
        fromParts.every((p, i) => p === toParts[i])
      ) {
        throw fail(ERRNO.EINVAL, `cannot move ${from} into itself`);
      }
      const head = this.dirHead(parent, to);
      const prev = this.find(head, name);
      let prevDir: Pair | null = null;
      if (prev) {
        if (pairSame(prev.m.pair, old.m.pair) && prev.id === old.id) return;
        if (prev.e.type !== old.e.type) {
          throw prev.e.type === T.DIR
            ? fail(ERRNO.EISDIR, `is a directory: ${to}`)
            : fail(ERRNO.ENOTDIR, `not a directory: ${to}`);
        }
        if (prev.e.type === T.DIR) prevDir = this.emptyDir(prev, to);
      }
      const { m: cwd, id: newId } = prev ?? this.insertPoint(head, name);
      const samePair = pairOverlap(cwd.pair, old.m.pair);
      let oldId = old.id;
      if (!prev && samePair && newId <= oldId) oldId++;
      const core = this.core;
      if (prevDir) core.prepOrphans(+1);
      if (!samePair) core.prepMove(oldId, old.m.pair);
      const attrs: Attr[] = [];
      if (prev) attrs.push({ tag: mkTag(T.DELETE, newId, 0), data: EMPTY });
      attrs.push(
        { tag: mkTag(T.CREATE, newId, 0), data: EMPTY },
        { tag: mkTag(old.e.type, newId, name.length), data: name },
      );
      if (old.e.struct) {
        const s = old.e.struct;
        attrs.push({ tag: mkTag(s.type, newId, s.data.length), data: s.data });
      }
      for (const [type, data] of old.e.attrs) {
        attrs.push({ tag: mkTag(T.USERATTR | type, newId, data.length), data });
      }
      if (samePair) attrs.push({ tag: mkTag(T.DELETE, oldId, 0), data: EMPTY });
      core.commit(cwd.pair, attrs);
      if (!samePair) {
        core.prepMove(0x3ff, null);
        core.commit(old.m.pair, [{ tag: mkTag(T.DELETE, old.id, 0), data: EMPTY }]);
      }
      if (prevDir) {
        core.prepOrphans(-1);
        core.dropPair(prevDir);
      }
    });
  }
}
