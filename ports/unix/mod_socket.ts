// socket: the unix port's socket module (ports/unix/modsocket.c) over Deno TCP. Each socket
// keeps receive and send buffers fed by background reader/writer tasks, so readiness (for
// select.poll) and non-blocking operations are answered synchronously; blocking operations
// suspend the VM until the buffers allow progress.
import { ByteQueue } from "./byte_queue.ts";
import {
  builtin,
  defineType,
  type Kw,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "../../src/py/obj.ts";
import { newException, OSError, raise, TypeError } from "../../src/py/obj_exception.ts";
import { bufferData, PyByteArray, PyBytes } from "../../src/py/obj_bytes.ts";
import { toFloat } from "../../src/py/obj_float.ts";
import { getInt } from "../../src/py/obj_int.ts";
import { PyTuple } from "../../src/py/obj_tuple.ts";
import { truthy } from "../../src/py/runtime.ts";
import { Suspend } from "../../src/py/vm.ts";
import { type NativePollable, notifyIO, waitFor } from "../../src/extmod/host_wait.ts";
import { state } from "../../src/py/interp_state.ts";
import { POLLERR, POLLHUP, POLLIN, POLLNVAL, POLLOUT } from "../../src/extmod/mod_select.ts";
import {
  addrArg,
  AF_INET,
  AF_INET6,
  AF_UNIX,
  getaddrinfo,
  type HostPort,
  inetNtop,
  inetPton,
  SOCK_DGRAM,
  SOCK_RAW,
  SOCK_STREAM,
  sockaddr,
  sockaddrOf,
} from "./socket_addr.ts";
import { UdpEndpoint } from "./udp_socket.ts";

const EAGAIN = 11;
const EINVAL = 22;
const EPIPE = 32;
const EOPNOTSUPP = 95;
const EISCONN = 106;
const ENOTCONN = 107;
const ETIMEDOUT = 110;
const EALREADY = 114;
const EINPROGRESS = 115;
const EBADF = 9;
const EDESTADDRREQ = 89;

const MSG_PEEK = 2;
const SOL_SOCKET = 1;
const SO_BROADCAST = 6;
const MSG_DONTWAIT = 0x40;

/** Buffer limits: past these, reading from the host pauses / writes report "would block". */
const RX_HIGH = 256 * 1024;
const TX_HIGH = 256 * 1024;
/** Bytes asked of the host per read. */
const READ_CHUNK = 16384;

/** Deno error name → errno (Linux numbering). */
const ERRNO_OF: Record<string, number> = {
  ConnectionRefused: 111,
  ConnectionReset: 104,
  ConnectionAborted: 103,
  NotConnected: 107,
  AddrInUse: 98,
  AddrNotAvailable: 99,
  BrokenPipe: 32,
  TimedOut: 110,
  PermissionDenied: 13,
  NetworkUnreachable: 101,
  Interrupted: 4,
  BadResource: 9,
  NotFound: 2,
};

function errnoOf(e: unknown): number {
  return e instanceof Error ? ERRNO_OF[e.name] ?? 5 : 5;
}

function osError(errno: number): never {
  throw newException(OSError, errno);
}

type State = "new" | "bound" | "listening" | "connecting" | "connected" | "failed" | "closed";

/** Socket fd numbers are unique in the process, as a kernel's are. */
let nextFd = 3;

export class PySocket extends PyObject implements NativePollable {
  fd: number;
  blocking = true;
  /** SO_RCVTIMEO/SO_SNDTIMEO in ms (-1 = none). */
  timeoutMs = -1;
  state: State = "new";
  listener: Deno.Listener | undefined = undefined;
  acceptQueue: Deno.Conn[] = [];
  conn: Deno.Conn | undefined = undefined;
  /** Pending socket error (SO_ERROR): raised by the next operation. */
  error: number | undefined = undefined;
  rx = new ByteQueue();
  eof = false;
  tx: Uint8Array[] = [];
  txLen = 0;
  writing = false;
  resumeRead: (() => void) | undefined = undefined;
  /** The datagram side of a SOCK_DGRAM socket. */
  udp: UdpEndpoint | undefined;
  /** The fd table of the interpreter that made it (for select.poll by number). */
  private readonly fds = state.fds;

  constructor(public family: number, public sockType: number, public proto: number) {
    super(socketType);
    this.fd = nextFd++;
    this.fds.set(this.fd, this);
    this.udp = sockType === SOCK_DGRAM ? new UdpEndpoint(family) : undefined;
  }

  pollReady(_events: number): number {
    if (this.udp !== undefined) return this.udp.pollReady();
    switch (this.state) {
      case "closed":
        return POLLNVAL;
      case "listening":
        return this.acceptQueue.length > 0 ? POLLIN : 0;
      case "connecting":
        return 0;
      case "failed":
        return POLLIN | POLLOUT | POLLERR | POLLHUP;
      case "connected": {
        let r = 0;
        if (this.rx.length > 0 || this.eof || this.error !== undefined) r |= POLLIN;
        if (this.error !== undefined) r |= POLLOUT | POLLERR | POLLHUP;
        else if (this.txLen < TX_HIGH) r |= POLLOUT;
        return r;
      }
      default:
        return POLLOUT | POLLHUP;
    }
  }

  // --- host side ------------------------------------------------------------------------------

  startConn(conn: Deno.Conn): void {
    this.conn = conn;
    this.state = "connected";
    try {
      (conn as Deno.TcpConn).setNoDelay(true);
    } catch {
      // not a TCP connection
    }
    this.readLoop(conn);
  }

  async readLoop(conn: Deno.Conn): Promise<void> {
    const buf = new Uint8Array(READ_CHUNK);
    try {
      for (;;) {
        while (this.rx.length >= RX_HIGH && this.conn === conn) {
          await new Promise<void>((r) => this.resumeRead = r);
        }
        if (this.conn !== conn) return;
        const n = await conn.read(buf);
        if (this.conn !== conn) return;
        if (n === null) {
          this.eof = true;
          notifyIO();
          return;
        }
        this.rx.push(buf.slice(0, n));
        notifyIO();
      }
    } catch (e) {
      if (this.conn === conn) {
        this.error ??= errnoOf(e);
        notifyIO();
      }
    }
  }

  async flush(conn: Deno.Conn): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.tx.length > 0) {
        if (this.tx.length > 1) this.tx = [concat(this.tx, this.txLen)];
        const chunk = this.tx[0];
        const n = await conn.write(chunk);
        if (n < chunk.length) this.tx[0] = chunk.subarray(n);
        else this.tx.shift();
        this.txLen -= n;
        notifyIO();
      }
    } catch (e) {
      if (this.state !== "closed") this.error ??= errnoOf(e);
      this.tx = [];
      this.txLen = 0;
      notifyIO();
    } finally {
      this.writing = false;
    }
    // close() with unsent data leaves the closing to us, as the kernel does.
    if (this.state === "closed") closeQuietly(conn);
  }

  async acceptLoop(l: Deno.Listener): Promise<void> {
    try {
      for (;;) {
        const c = await l.accept();
        if (this.listener !== l) {
          closeQuietly(c);
          return;
        }
        this.acceptQueue.push(c);
        notifyIO();
      }
    } catch (e) {
      if (this.listener === l) {
        this.error ??= errnoOf(e);
        notifyIO();
      }
    }
  }

  // --- buffers -------------------------------------------------------------------------------

  /** Take (or with peek, copy) up to n received bytes. */
  take(n: number, peek = false): Uint8Array {
    const out = this.rx.take(n, peek);
    if (!peek && this.rx.length < RX_HIGH && this.resumeRead !== undefined) {
      const r = this.resumeRead;
      this.resumeRead = undefined;
      r();
    }
    return out;
  }

  /** Index just past the first newline in the receive buffer, or -1. */
  lineEnd(): number {
    return this.rx.lineEnd();
  }

  /** Raise a pending error (consuming it, as SO_ERROR does). */
  raiseError(): void {
    if (this.error !== undefined) {
      const e = this.error;
      if (this.state === "failed") this.state = "new";
      this.error = undefined;
      if (this.state === "connected") this.eof = true;
      osError(e);
    }
  }

  /** Can reads make progress now? Raises for closed/unconnected sockets and errors. */
  readable(): boolean {
    if (this.state === "closed") osError(EBADF);
    if (this.rx.length > 0) return true;
    this.raiseError();
    if (this.state === "connecting") return false;
    if (this.state !== "connected") osError(ENOTCONN);
    return this.eof;
  }

  queue(data: Uint8Array): void {
    this.tx.push(data.slice());
    this.txLen += data.length;
    this.flush(this.conn!);
  }

  /** Can writes be queued now? */
  writable(): boolean {
    if (this.state === "closed") osError(EBADF);
    this.raiseError();
    if (this.state === "connecting") return false;
    if (this.state !== "connected") osError(EPIPE);
    return this.txLen < TX_HIGH;
  }

  close(): void {
    if (this.state === "closed") return;
    this.state = "closed";
    this.fds.delete(this.fd);
    this.udp?.close();
    if (this.listener !== undefined) {
      const l = this.listener;
      this.listener = undefined;
      closeQuietly(l);
    }
    for (const c of this.acceptQueue) closeQuietly(c);
    this.acceptQueue = [];
    const conn = this.conn;
    this.conn = undefined;
    this.rx.clear();
    this.resumeRead?.();
    if (conn !== undefined && !this.writing) closeQuietly(conn);
    notifyIO();
  }
}

function closeQuietly(r: { close(): void }): void {
  try {
    r.close();
  } catch {
    // already closed
  }
}

// --- waiting ----------------------------------------------------------------------------------

/** Run `op` now; when it would block (undefined): a non-blocking socket gets `wouldBlock()`,
 * a blocking one suspends until `op` succeeds or the socket timeout passes (then OSError
 * `timeoutErrno`: recv() reports SO_RCVTIMEO's EAGAIN, the unix port's other calls ETIMEDOUT). */
function blockingOp(
  s: PySocket,
  op: () => PyValue | undefined,
  wouldBlock: () => PyValue,
  nonBlocking = !s.blocking,
  timeoutErrno = ETIMEDOUT,
): PyValue {
  const r = op();
  if (r !== undefined) return r;
  if (nonBlocking) return wouldBlock();
  return new Suspend(
    waitFor(op, s.timeoutMs).then((v) => v === undefined ? osError(timeoutErrno) : v),
  );
}

const eagain = (): never => osError(EAGAIN);
const none = (): PyValue => null;

// --- methods ----------------------------------------------------------------------------------

function self(a: PyValue[]): PySocket {
  return a[0] as PySocket;
}

function stream(s: PySocket): void {
  if (s.sockType !== SOCK_STREAM) osError(EOPNOTSUPP);
}

function bind(a: PyValue[]): PyValue {
  const s = self(a);
  if (s.udp !== undefined) return udpBind(s, s.udp, addrArg(a[1], true));
  stream(s);
  if (s.state !== "new") osError(EINVAL);
  const hp: HostPort = addrArg(a[1], true);
  try {
    s.listener = Deno.listen({ hostname: hp.hostname, port: hp.port, transport: "tcp" });
  } catch (e) {
    osError(errnoOf(e));
  }
  s.state = "bound";
  return null;
}

function listen(a: PyValue[]): PyValue {
  const s = self(a);
  stream(s);
  if (s.state === "new") {
    s.listener = Deno.listen({ hostname: "0.0.0.0", port: 0, transport: "tcp" });
    s.state = "bound";
  }
  if (s.state === "listening") return null;
  if (s.state !== "bound") osError(EINVAL);
  s.state = "listening";
  s.acceptLoop(s.listener!);
  return null;
}

function accept(a: PyValue[]): PyValue {
  const s = self(a);
  if (s.state !== "listening") osError(EINVAL);
  return blockingOp(s, () => {
    if (s.state === "closed") osError(EBADF);
    s.raiseError();
    const c = s.acceptQueue.shift();
    if (c === undefined) return undefined;
    const ns = new PySocket(s.family, s.sockType, s.proto);
    ns.startConn(c);
    return new PyTuple([ns, new PyByteArray(sockaddrOf(c.remoteAddr))]);
  }, eagain);
}

function connect(a: PyValue[]): PyValue {
  const s = self(a);
  if (s.udp !== undefined) {
    const peer = addrArg(a[1], false);
    return udpBound(s, s.udp, () => (s.udp!.peer = peer, null));
  }
  stream(s);
  if (s.state === "connecting") osError(EALREADY);
  if (s.state === "connected" || s.state === "listening") osError(EISCONN);
  if (s.state === "closed") osError(EBADF);
  const hp = addrArg(a[1], false);
  if (s.listener !== undefined) {
    closeQuietly(s.listener);
    s.listener = undefined;
  }
  s.state = "connecting";
  s.error = undefined;
  Deno.connect({ hostname: hp.hostname, port: hp.port, transport: "tcp" }).then(
    (conn) => {
      if (s.state === "connecting") s.startConn(conn);
      else closeQuietly(conn);
      notifyIO();
    },
    (e) => {
      if (s.state === "connecting") {
        s.state = "failed";
        s.error = errnoOf(e);
      }
      notifyIO();
    },
  );
  if (!s.blocking) osError(EINPROGRESS);
  return blockingOp(s, () => {
    if (s.state === "connecting") return undefined;
    s.raiseError();
    return null;
  }, eagain);
}

/** recv(n[, flags]) */
function recv(a: PyValue[], withSender = false): PyValue {
  const s = self(a);
  const n = Number(getInt(a[1]));
  const flags = a.length > 2 ? Number(getInt(a[2])) : 0;
  const peek = (flags & MSG_PEEK) !== 0;
  if (s.udp !== undefined) return udpRecv(s, s.udp, n, flags, withSender);
  return blockingOp(
    s,
    () => n <= 0 || s.readable() ? new PyBytes(s.take(Math.max(n, 0), peek)) : undefined,
    eagain,
    !s.blocking || (flags & MSG_DONTWAIT) !== 0,
    EAGAIN,
  );
}

function sendData(a: PyValue[], nonBlockingResult: () => PyValue, to?: PyValue): PyValue {
  const s = self(a);
  const data = bufferData(a[1]);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  if (s.udp !== undefined) {
    const dest = to === undefined ? s.udp.peer : addrArg(to, false);
    if (dest === undefined) {
      // Linux binds the socket before it finds there is no destination.
      if (s.udp.phase === "new") s.udp.bind(undefined);
      osError(EDESTADDRREQ);
    }
    return udpSend(s, s.udp, data, dest);
  }
  if (!s.blocking) {
    if (!s.writable()) return nonBlockingResult();
    s.queue(data);
    return data.length;
  }
  // Blocking: queue everything once writable, then wait until the backlog is under the limit.
  let queued = false;
  return blockingOp(s, () => {
    if (!queued) {
      if (!s.writable()) return undefined;
      s.queue(data);
      queued = true;
    } else s.raiseError();
    return s.txLen < TX_HIGH ? data.length : undefined;
  }, eagain);
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) (out.set(p, off), off += p.length);
  return out;
}

/** A reading operation that gathers received bytes across waits (so a large request never
 * stalls on the receive-buffer limit): `want(got)` is how many more bytes to take now
 * (Infinity = all), `done(got)` says whether the gathered bytes answer the call. */
function gather(
  s: PySocket,
  want: (parts: Uint8Array[], got: number) => number,
  done: (got: number) => boolean,
  finish: (data: Uint8Array) => PyValue,
  wouldBlock: () => PyValue,
): PyValue {
  const parts: Uint8Array[] = [];
  let got = 0;
  return blockingOp(s, () => {
    if (!s.readable()) return undefined;
    const k = Math.min(want(parts, got), s.rx.length);
    if (k > 0) {
      parts.push(s.take(k));
      got += k;
    }
    if (done(got) || s.eof || !s.blocking) return finish(concat(parts, got));
    return undefined;
  }, wouldBlock);
}

/** Stream read(n=-1): blocking reads wait for n bytes or EOF; non-blocking return what is
 * buffered, or None (py/stream.c stream_read_generic). */
function read(a: PyValue[]): PyValue {
  const s = self(a);
  const n = a.length > 1 && a[1] !== null ? Number(getInt(a[1])) : -1;
  if (n === 0) return new PyBytes(new Uint8Array(0));
  return gather(
    s,
    (_p, got) => n < 0 ? Infinity : n - got,
    (got) => n >= 0 && got >= n,
    (d) => new PyBytes(d),
    none,
  );
}

function readinto(a: PyValue[]): PyValue {
  const s = self(a);
  const buf = a[1];
  const dst = buf instanceof PyObject ? typeOf(buf).buffer?.(buf, true) : undefined;
  if (dst === undefined) return raise(TypeError, "object with buffer protocol required");
  let n = dst.length;
  if (a.length > 2) n = Math.min(n, Number(getInt(a[2])));
  if (n <= 0) return 0;
  return gather(s, (_p, got) => n - got, (got) => got >= n, (d) => {
    dst.set(d);
    return d.length;
  }, none);
}

/** Unbuffered readline([limit]) (py/stream.c mp_stream_unbuffered_readline). */
function readline(a: PyValue[]): PyValue {
  const s = self(a);
  const limit = a.length > 1 && a[1] !== null ? Number(getInt(a[1])) : -1;
  let complete = false;
  return gather(
    s,
    (_p, got) => {
      const end = s.lineEnd();
      let k = end < 0 ? Infinity : end;
      if (limit >= 0) k = Math.min(k, limit - got);
      complete = k !== Infinity && k <= s.rx.length;
      return k;
    },
    () => complete,
    (d) => new PyBytes(d),
    none,
  );
}

function setblocking(a: PyValue[]): PyValue {
  self(a).blocking = truthy(a[1]);
  return null;
}

function settimeout(a: PyValue[]): PyValue {
  const s = self(a);
  if (a[1] === null) {
    s.timeoutMs = -1;
    s.blocking = true;
    return null;
  }
  const t = toFloat(a[1]);
  if (t === 0) s.blocking = false;
  else {
    s.timeoutMs = t * 1000;
    s.blocking = true;
  }
  return null;
}

function setsockopt(a: PyValue[]): PyValue {
  const s = self(a);
  if (s.state === "closed") osError(EBADF);
  const level = getInt(a[1]);
  const opt = getInt(a[2]);
  if (typeof a[3] !== "number" && typeof a[3] !== "boolean" && bufferData(a[3]) === undefined) {
    return raise(TypeError, "object with buffer protocol required");
  }
  if (level === SOL_SOCKET && opt === SO_BROADCAST) s.udp?.setBroadcast(truthy(a[3]));
  return null;
}

// --- datagrams (SOCK_DGRAM) -------------------------------------------------------------------

/** bind() of a datagram socket: returns once the host has bound it. */
function udpBind(s: PySocket, u: UdpEndpoint, hp: HostPort): PyValue {
  if (s.state === "closed") osError(EBADF);
  if (u.phase !== "new") osError(EINVAL);
  u.bind(hp);
  return udpBound(s, u, () => null);
}

/** Run `then` once the socket is bound, binding it to an ephemeral port first if it is not
 * (as the kernel does for sendto/connect on an unbound socket). */
function udpBound(s: PySocket, u: UdpEndpoint, then: () => PyValue | undefined): PyValue {
  if (s.state === "closed") osError(EBADF);
  if (u.phase === "new") u.bind(undefined);
  return blockingOp(
    s,
    () => {
      udpRaise(u);
      return u.phase === "bound" ? then() : undefined;
    },
    eagain,
    false,
  );
}

function udpRaise(u: UdpEndpoint): void {
  if (u.error !== undefined) {
    const e = u.error;
    u.error = undefined;
    osError(e);
  }
}

function udpSend(s: PySocket, u: UdpEndpoint, data: Uint8Array, to: HostPort): PyValue {
  let sent: number | undefined = undefined;
  let started = false;
  return udpBound(s, u, () => {
    if (!started) {
      started = true;
      u.send(data.slice(), to, (errno) => (sent = errno));
    }
    if (sent === undefined) return undefined;
    if (sent !== 0) osError(sent);
    return data.length;
  });
}

/** recv/recvfrom: one datagram, cut to `n` bytes (the rest of it is lost, as with the kernel). */
function udpRecv(s: PySocket, u: UdpEndpoint, n: number, flags: number, withSender: boolean) {
  if (s.state === "closed") osError(EBADF);
  return blockingOp(
    s,
    () => {
      udpRaise(u);
      const d = (flags & MSG_PEEK) !== 0 ? u.queue[0] : u.queue.shift();
      if (d === undefined) return undefined;
      const data = new PyBytes(d.data.slice(0, Math.max(n, 0)));
      return withSender ? new PyTuple([data, new PyBytes(d.from)]) : data;
    },
    eagain,
    !s.blocking || (flags & MSG_DONTWAIT) !== 0,
    EAGAIN,
  );
}

export const socketType: PyType = defineType({
  name: "socket",
  makeNew: (_t, a, _kw: Kw) => {
    const family = a.length > 0 ? Number(getInt(a[0])) : AF_INET;
    const type = a.length > 1 ? Number(getInt(a[1])) : SOCK_STREAM;
    const proto = a.length > 2 ? Number(getInt(a[2])) : 0;
    if (family !== AF_INET && family !== AF_INET6) osError(97);
    if (type !== SOCK_STREAM && type !== SOCK_DGRAM) osError(93); // EPROTONOSUPPORT
    return new PySocket(family, type, proto);
  },
  repr: (s) => `<_socket ${(s as PySocket).fd}>`,
  methods: [
    ["fileno", (a) => self(a).state === "closed" ? -1 : self(a).fd, 1, 1],
    ["makefile", (a) => a[0], 1, 3],
    ["read", read, 1, 2],
    ["readinto", readinto, 2, 3],
    ["readline", readline, 1, 2],
    ["write", (a) => sendData(a, none), 2, 2],
    ["connect", connect, 2, 2],
    ["bind", bind, 2, 2],
    ["listen", listen, 1, 2],
    ["accept", accept, 1, 1],
    ["recv", (a) => recv(a), 2, 3],
    [
      "recvfrom",
      (a) => {
        const r = recv(a, true);
        if (self(a).udp !== undefined) return r;
        const pair = (d: PyValue) => new PyTuple([d, new PyBytes(new Uint8Array(0))]);
        return r instanceof Suspend ? new Suspend(r.promise.then(pair)) : pair(r);
      },
      2,
      3,
    ],
    ["send", (a) => sendData(a, eagain), 2, 3],
    [
      "sendall",
      (a) => {
        const r = sendData(a, eagain);
        return r instanceof Suspend ? new Suspend(r.promise.then(() => null)) : null;
      },
      2,
      2,
    ],
    ["sendto", (a) => sendData([a[0], a[1]], eagain, a[a.length - 1]), 3, 4],
    ["setsockopt", setsockopt, 4, 4],
    ["setblocking", setblocking, 2, 2],
    ["settimeout", settimeout, 2, 2],
    ["close", (a) => (self(a).close(), null), 1, 1],
  ],
});

export function makeSocketModule(): [string, PyValue][] {
  return [
    ["socket", socketType],
    ["getaddrinfo", builtin("getaddrinfo", getaddrinfo, 2, 6)],
    ["inet_pton", builtin("inet_pton", inetPton, 2, 2)],
    ["inet_ntop", builtin("inet_ntop", inetNtop, 2, 2)],
    ["sockaddr", builtin("sockaddr", sockaddr, 1, 1)],
    ["AF_UNIX", AF_UNIX],
    ["AF_INET", AF_INET],
    ["AF_INET6", AF_INET6],
    ["SOCK_STREAM", SOCK_STREAM],
    ["SOCK_DGRAM", SOCK_DGRAM],
    ["SOCK_RAW", SOCK_RAW],
    ["MSG_DONTROUTE", 4],
    ["MSG_DONTWAIT", MSG_DONTWAIT],
    ["MSG_PEEK", MSG_PEEK],
    ["MSG_OOB", 1],
    ["SOL_SOCKET", SOL_SOCKET],
    ["SO_BROADCAST", SO_BROADCAST],
    ["SO_ERROR", 4],
    ["SO_KEEPALIVE", 9],
    ["SO_LINGER", 13],
    ["SO_REUSEADDR", 2],
    ["IP_ADD_MEMBERSHIP", 35],
    ["IP_DROP_MEMBERSHIP", 36],
  ];
}
