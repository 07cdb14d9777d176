// select: poll objects and select() (extmod/modselect.c). Sockets and stdin are polled natively;
// any other object through its ioctl(MP_STREAM_POLL, events) method, as io.IOBase subclasses
// are in MicroPython. Waiting suspends the VM until an object is ready or the timeout passes.
import { builtin, defineType, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { newException, OSError, raise, ValueError } from "../py/obj_exception.ts";
import { toFloat } from "../py/obj_float.ts";
import { getInt } from "../py/obj_int.ts";
import { PyList } from "../py/obj_list.ts";
import { PyTuple } from "../py/obj_tuple.ts";
import { normHash } from "../py/obj_dict.ts";
import { SlotTable } from "../py/hash_table.ts";
import { call, lookupAttr, toArray } from "../py/runtime.ts";
import { canSuspend, Suspend } from "../py/vm.ts";
import { blockMs, isNativePollable, type NativePollable, waitFor } from "./host_wait.ts";
import { STD_POLLABLES, stdinPollableOf } from "./stdin_wait.ts";
import { state } from "../py/interp_state.ts";

export const POLLIN = 0x01;
export const POLLOUT = 0x04;
export const POLLERR = 0x08;
export const POLLHUP = 0x10;
export const POLLNVAL = 0x20;
/** py/stream.h MP_STREAM_POLL: the ioctl request asking which events hold. */
export const MP_STREAM_POLL = 3;
/** py/stream.h MP_STREAM_GET_FILENO: asked once when a stream is registered. */
const MP_STREAM_GET_FILENO = 10;

const FLAG_ONESHOT = 1;
const ALWAYS = POLLERR | POLLHUP | POLLNVAL;

/** One registered object. */
interface Entry {
  obj: PyValue;
  events: number;
  revents: number;
  native: NativePollable | undefined;
  /** Bound ioctl method of a Python-level stream. */
  ioctl: PyValue | undefined;
}

/** Hook for objects that are pollable but not NativePollable themselves (sys.stdin). */
export const pollableHooks: ((obj: PyValue) => NativePollable | undefined)[] = [stdinPollableOf];

const badFd: NativePollable = { pollReady: () => POLLNVAL };

function nativeOfFd(fd: number): NativePollable {
  return state.fds.get(fd) ?? STD_POLLABLES[fd] ?? badFd;
}

function makeEntry(obj: PyValue, events: number): Entry {
  const e: Entry = { obj, events, revents: 0, native: undefined, ioctl: undefined };
  if (typeof obj === "number" || typeof obj === "bigint" || typeof obj === "boolean") {
    // A file descriptor number (the unix port's POSIX poll).
    const fd = Number(getInt(obj));
    if (fd < 0) raise(ValueError);
    e.native = nativeOfFd(fd);
    return e;
  }
  if (isNativePollable(obj)) {
    e.native = obj;
    return e;
  }
  for (const hook of pollableHooks) {
    const n = hook(obj);
    if (n !== undefined) {
      e.native = n;
      return e;
    }
  }
  const m = lookupAttr(obj, "ioctl");
  if (m === undefined) raise(OSError, "stream operation not supported");
  // As the unix port: a stream that names its file descriptor is polled through that.
  const fd = getInt(call(m, [MP_STREAM_GET_FILENO, 0]));
  if (fd >= 0) e.native = nativeOfFd(Number(fd));
  else e.ioctl = m;
  return e;
}

/** The map is keyed by mp_obj_id(obj): an int's id is its tagged word, 2 * n + 1. */
function pollKeyHash(k: unknown): number {
  return typeof k === "number" && Number.isInteger(k) ? (2 * k + 1) >>> 0 : normHash(k);
}

/** The registered objects of a poll (or of one select call): a Map for lookups, and the slot
 * layout of MicroPython's mp_map keyed by the objects' ids, whose walk orders the results (for
 * file descriptors given as ints that order is reproducible: fd 12345 may come before fd 3). */
class PollSet {
  private map = new Map<PyValue, Entry>();
  private table = new SlotTable(0, pollKeyHash);

  get(obj: PyValue): Entry | undefined {
    return this.map.get(obj);
  }

  add(obj: PyValue, e: Entry): void {
    this.map.set(obj, e);
    this.table.insert(obj);
  }

  delete(obj: PyValue): void {
    if (this.map.delete(obj)) this.table.remove(obj);
  }

  values(): IterableIterator<Entry> {
    return this.map.values();
  }

  /** The entries in table order. */
  *ordered(): Generator<Entry> {
    for (const k of this.table.keys()) yield this.map.get(k as PyValue)!;
  }
}

/** Poll every entry once; returns how many are ready (poll_set_poll_once). */
function pollOnce(entries: PollSet): number {
  let n = 0;
  for (const e of entries.values()) {
    let r: number;
    if (e.native !== undefined) {
      r = e.native.pollReady(e.events) & (e.events | ALWAYS);
    } else {
      const v = getInt(call(e.ioctl!, [MP_STREAM_POLL, e.events]));
      r = typeof v === "bigint" ? Number(BigInt.asUintN(32, v)) : v;
      if (r < 0) throw newException(OSError, -r);
    }
    e.revents = r;
    if (r !== 0) n++;
  }
  return n;
}

/** Poll until something is ready or `timeout` ms pass (-1 = forever); `done` turns the ready
 * count into the call's result. Suspends the VM when it has to wait. */
function pollUntil(
  entries: PollSet,
  timeout: number,
  done: (n: number) => PyValue,
): PyValue {
  const n = pollOnce(entries);
  if (n > 0 || timeout === 0) return done(n);
  let hasPython = false;
  for (const e of entries.values()) if (e.ioctl !== undefined) hasPython = true;
  if (!canSuspend()) {
    // A nested loop cannot wait for host I/O; with only Python-level objects (which cannot
    // change while this thread waits) a finite timeout is a plain sleep.
    const onlyPython = [...entries.values()].every((e) => e.ioctl !== undefined);
    if (timeout > 0 && onlyPython) {
      blockMs(timeout);
      return done(pollOnce(entries));
    }
  }
  const check = () => {
    const k = pollOnce(entries);
    return k > 0 ? k : undefined;
  };
  return new Suspend(waitFor(check, timeout, hasPython ? 1 : -1).then((k) => done(k ?? 0)));
}

class PyPoll extends PyObject {
  entries = new PollSet();
  iterCount = 0;
  iterEntries: Entry[] = [];
  flags = 0;
  retTuple: PyTuple | undefined = undefined;
  constructor() {
    super(pollType);
  }
}

function pollArgs(self: PyPoll, a: PyValue[]): number {
  let timeout = -1;
  if (a.length >= 2 && a[1] !== null) {
    const t = Number(getInt(a[1]));
    if (t >= 0) timeout = t;
  }
  self.flags = a.length >= 3 ? Number(getInt(a[2])) : 0;
  return timeout;
}

const pollType: PyType = defineType({
  name: "poll",
  repr: () => "<poll>",
  getIter: (self) => self,
  iterNext: (s) => {
    const self = s as PyPoll;
    if (self.iterCount === 0) return undefined;
    self.iterCount--;
    const e = self.iterEntries.shift();
    if (e === undefined) {
      self.iterCount = 0;
      return undefined;
    }
    const t = self.retTuple!;
    t.items[0] = e.obj;
    t.items[1] = e.revents;
    if (self.flags & FLAG_ONESHOT) e.events = 0;
    return t;
  },
  methods: [
    [
      "register",
      (a) => {
        const self = a[0] as PyPoll;
        const events = a.length === 3 ? Number(getInt(a[2])) : POLLIN | POLLOUT;
        const e = self.entries.get(a[1]);
        if (e !== undefined) e.events = events;
        else self.entries.add(a[1], makeEntry(a[1], events));
        return null;
      },
      2,
      3,
    ],
    [
      "unregister",
      (a) => {
        (a[0] as PyPoll).entries.delete(a[1]);
        return null;
      },
      2,
      2,
    ],
    [
      "modify",
      (a) => {
        const e = (a[0] as PyPoll).entries.get(a[1]);
        if (e === undefined) throw newException(OSError, 2);
        e.events = Number(getInt(a[2]));
        return null;
      },
      3,
      3,
    ],
    [
      "poll",
      (a) => {
        const self = a[0] as PyPoll;
        const timeout = pollArgs(self, a);
        return pollUntil(self.entries, timeout, () => {
          const out: PyValue[] = [];
          for (const e of self.entries.ordered()) {
            if (e.revents !== 0) out.push(new PyTuple([e.obj, e.revents]));
          }
          return new PyList(out);
        });
      },
      1,
      2,
    ],
    [
      "ipoll",
      (a) => {
        const self = a[0] as PyPoll;
        self.retTuple ??= new PyTuple([null, null]);
        const timeout = pollArgs(self, a);
        return pollUntil(self.entries, timeout, (n) => {
          self.iterCount = n;
          self.iterEntries = [...self.entries.ordered()].filter((e) => e.revents !== 0);
          return self;
        });
      },
      1,
      3,
    ],
  ],
});

/** select(rlist, wlist, xlist[, timeout]) */
function select(a: PyValue[]): PyValue {
  const lists = [toArray(a[0]), toArray(a[1]), toArray(a[2])];
  let timeout = -1;
  if (a.length === 4 && a[3] !== null) {
    const t = toFloat(a[3]);
    if (t >= 0) timeout = Math.floor(t * 1000);
  }
  const entries = new PollSet();
  const masks = [POLLIN, POLLOUT, POLLERR | POLLHUP];
  lists.forEach((objs, i) => {
    for (const obj of objs) {
      const e = entries.get(obj);
      if (e !== undefined) e.events |= masks[i];
      else entries.add(obj, makeEntry(obj, masks[i]));
    }
  });
  return pollUntil(entries, timeout, () => {
    const out: PyValue[][] = [[], [], []];
    for (const e of entries.ordered()) {
      if (e.revents & POLLIN) out[0].push(e.obj);
      if (e.revents & POLLOUT) out[1].push(e.obj);
      if (e.revents & ~(POLLIN | POLLOUT)) out[2].push(e.obj);
    }
    return new PyTuple(out.map((l) => new PyList(l)));
  });
}

export function makeSelectModule(): [string, PyValue][] {
  return [
    ["POLLERR", POLLERR],
    ["POLLHUP", POLLHUP],
    ["POLLIN", POLLIN],
    ["POLLOUT", POLLOUT],
    ["poll", builtin("poll", () => new PyPoll(), 0, 0)],
    ["select", builtin("select", select, 3, 4)],
  ];
}
