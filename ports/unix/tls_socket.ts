// tls.SSLSocket over a connected socket.socket, on the host's TLS. The TCP socket's reader task
// owns its Deno connection, so Deno.startTls cannot take it over; instead node:tls runs over a
// Duplex whose ciphertext goes out through the socket's send queue and comes in by draining its
// receive buffer ("pumping") whenever a wait re-checks.
import type * as NodeTls from "node:tls";
import type * as NodeStream from "node:stream";
import { nodeLib } from "./node_lib.ts";
import { ByteQueue } from "./byte_queue.ts";
import { defineType, PyObject, type PyType, type PyValue, typeOf } from "../../src/py/obj.ts";
import {
  newException,
  NotImplementedError,
  OSError,
  raise,
  TypeError,
  ValueError,
} from "../../src/py/obj_exception.ts";
import { bufferData, PyBytes } from "../../src/py/obj_bytes.ts";
import { getInt } from "../../src/py/obj_int.ts";
import { PyTuple } from "../../src/py/obj_tuple.ts";
import { truthy } from "../../src/py/runtime.ts";
import { canSuspend, Suspend } from "../../src/py/vm.ts";
import { type NativePollable, notifyIO, waitFor } from "../../src/extmod/host_wait.ts";
import { POLLIN, POLLNVAL, POLLOUT } from "../../src/extmod/mod_select.ts";
import type { PySocket } from "./mod_socket.ts";

export const CERT_NONE = 0;
export const CERT_REQUIRED = 2;

/** What an SSLSocket takes from its SSLContext. */
export interface TlsClientConfig {
  verifyMode: number;
  caCerts: string[] | undefined;
  cert: string | undefined;
  key: string | undefined;
}

const EIO = 5;
/** mbedtls error codes MicroPython reports as OSError(code, name). */
const CONN_EOF: [number, string] = [-0x7280, "MBEDTLS_ERR_SSL_CONN_EOF"];
const FATAL_ALERT: [number, string] = [-0x7780, "MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE"];
const BAD_INPUT: [number, string] = [-0x7100, "MBEDTLS_ERR_SSL_BAD_INPUT_DATA"];

/** Host verification failures → mbedtls_x509_crt_verify_info lines (the ValueError text). */
const VERIFY_INFO: [RegExp, string][] = [
  [
    /ALTNAME|hostname|NotValidForName/i,
    "The certificate Common Name (CN) does not match with the expected CN",
  ],
  [/EXPIRED|Expired/i, "The certificate validity has expired"],
  [/NOT_YET_VALID|NotValidYet/i, "The certificate validity starts in the future"],
  [
    /CERT|certificate|issuer|self.signed/i,
    "The certificate is not correctly signed by the trusted CA",
  ],
];

function osError(...args: PyValue[]): never {
  throw newException(OSError, ...args);
}

// --- SSLSocket --------------------------------------------------------------------------------

export class PyTlsSocket extends PyObject implements NativePollable {
  tls: NodeTls.TLSSocket;
  wire: NodeStream.Duplex;
  rx = new ByteQueue();
  eof = false;
  secure = false;
  closed = false;
  /** A failure, raised by the next operation as OSError(...args). */
  error: PyValue[] | undefined = undefined;
  errorType: PyType = OSError;
  private wireEnded = false;

  constructor(
    public sock: PySocket,
    c: TlsClientConfig,
    hostname: string | null,
    server = false,
  ) {
    super(tlsSocketType);
    this.wire = new (nodeLib<typeof NodeStream>("node:stream").Duplex)({
      read() {},
      write: (chunk: Uint8Array, _enc, done) => {
        if (this.sock.state !== "connected") return done(new Error("not connected"));
        this.sock.queue(chunk);
        done();
      },
    });
    this.tls = server ? this.serverEnd(c) : this.clientEnd(c, hostname);
    this.tls.on("data", (d: Uint8Array) => {
      this.rx.push(new Uint8Array(d));
      notifyIO();
    });
    this.tls.on("end", () => (this.eof = true, notifyIO()));
    this.tls.on("error", (e: Error & { code?: string }) => {
      if (this.error !== undefined) return;
      this.error = this.secure ? [EIO] : handshakeError(e);
      this.errorType = !this.secure && verifyInfo(e) !== undefined ? ValueError : OSError;
      notifyIO();
    });
  }

  private clientEnd(c: TlsClientConfig, hostname: string | null): NodeTls.TLSSocket {
    const tls = nodeLib<typeof NodeTls>("node:tls");
    const end = tls.connect({
      socket: this.wire,
      servername: hostname ?? undefined,
      ca: c.caCerts,
      cert: c.cert,
      key: c.key,
      // CERT_OPTIONAL: mbedtls records a verify failure but finishes the handshake.
      rejectUnauthorized: c.verifyMode === CERT_REQUIRED,
      // Without server_hostname mbedtls checks the chain only, not the name.
      checkServerIdentity: hostname === null ? () => undefined : tls.checkServerIdentity,
    });
    end.on("secureConnect", () => (this.secure = true, notifyIO()));
    return end;
  }

  /** The server end (an SSLContext made with PROTOCOL_TLS_SERVER): its own certificate and key,
   * and a client certificate asked for unless verify_mode is CERT_NONE. */
  private serverEnd(c: TlsClientConfig): NodeTls.TLSSocket {
    const tls = nodeLib<typeof NodeTls>("node:tls");
    const end = new tls.TLSSocket(this.wire as unknown as NodeStream.Duplex, {
      isServer: true,
      secureContext: tls.createSecureContext({ ca: c.caCerts, cert: c.cert, key: c.key }),
      requestCert: c.verifyMode !== CERT_NONE,
      rejectUnauthorized: c.verifyMode === CERT_REQUIRED,
    });
    end.on("secure", () => (this.secure = true, notifyIO()));
    return end;
  }

  /** Feed the socket's received ciphertext (and its EOF) to the TLS engine. */
  pump(): void {
    const s = this.sock;
    if (s.rx.length > 0) this.wire.push(s.take(s.rx.length));
    if (s.eof && !this.wireEnded) {
      this.wireEnded = true;
      this.wire.push(null);
    }
    if (s.error !== undefined && this.error === undefined) {
      this.error = [s.error];
      s.error = undefined;
    }
  }

  check(): void {
    // A closed SSLSocket's mbedtls context is freed: its next call reports bad input data.
    if (this.closed) osError(...BAD_INPUT);
    this.pump();
    if (this.error !== undefined) throw newException(this.errorType, ...this.error);
  }

  handshaken(): boolean {
    this.check();
    if (!this.secure && (this.eof || this.wireEnded)) osError(...CONN_EOF);
    return this.secure;
  }

  readable(): boolean {
    if (this.closed) osError(...BAD_INPUT);
    this.pump();
    if (this.rx.length > 0) return true;
    this.check();
    return this.eof;
  }

  take(n: number): Uint8Array {
    return this.rx.take(n);
  }

  lineEnd(): number {
    return this.rx.lineEnd();
  }

  pollReady(_events: number): number {
    if (this.closed) return POLLNVAL;
    this.pump();
    let r = 0;
    if (this.rx.length > 0 || this.eof || this.error !== undefined) r |= POLLIN;
    if (this.secure) r |= POLLOUT;
    return r;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.tls.destroy();
    this.sock.close();
  }

  /** SSLSocket.close(): mbedtls writes synchronously, the host's TLS engine does not, so the
   * close waits (briefly) until what was written and the close_notify reached the socket. */
  closeFlushed(): PyValue {
    if (this.closed || !this.secure || this.error !== undefined || !canSuspend()) {
      return this.close(), null;
    }
    let flushed = false;
    this.tls.end(() => (flushed = true, notifyIO()));
    return new Suspend(waitFor(() => flushed || undefined, 1000).then(() => (this.close(), null)));
  }
}

type HostError = Error & { code?: string };

/** The verify_info line for a certificate rejection, or undefined for other failures. */
function verifyInfo(e: HostError): string | undefined {
  const text = `${e.code ?? ""} ${e.message}`;
  return VERIFY_INFO.find(([re]) => re.test(text))?.[1];
}

/** A handshake failure as the arguments of MicroPython's exception: certificate rejections
 * are a ValueError with mbedtls's verify info, the rest OSError(code, name). */
function handshakeError(e: HostError): PyValue[] {
  const info = verifyInfo(e);
  if (info !== undefined) return [`\n${info}\n`];
  if (/alert/i.test(e.message)) return [...FATAL_ALERT];
  if (/eof|closed|reset/i.test(e.message)) return [...CONN_EOF];
  return [EIO];
}

function self(a: PyValue[]): PyTlsSocket {
  return a[0] as PyTlsSocket;
}

/** Run `op` now; if it has no answer yet, suspend until it has (or the timeout passes). */
export function waitOrNow(timeoutMs: number, op: () => PyValue | undefined): PyValue {
  const r = op();
  if (r !== undefined) return r;
  return new Suspend(waitFor(op, timeoutMs).then((v) => v === undefined ? osError(110) : v));
}

/** Gather plaintext across waits (as mod_socket's stream reads): blocking calls wait until
 * `done`, non-blocking ones answer with what is buffered or None. */
function gather(
  s: PyTlsSocket,
  want: (got: number) => number,
  done: (got: number) => boolean,
  finish: (data: Uint8Array) => PyValue,
): PyValue {
  const parts: Uint8Array[] = [];
  let got = 0;
  const op = (): PyValue | undefined => {
    if (!s.readable()) return s.sock.blocking ? undefined : null;
    const k = Math.min(want(got), s.rx.length);
    if (k > 0) (parts.push(s.take(k)), got += k);
    if (done(got) || s.eof || !s.sock.blocking) {
      const out = new Uint8Array(got);
      let off = 0;
      for (const p of parts) (out.set(p, off), off += p.length);
      return finish(out);
    }
    return undefined;
  };
  return waitOrNow(s.sock.timeoutMs, op);
}

function read(a: PyValue[]): PyValue {
  const s = self(a);
  const n = a.length > 1 && a[1] !== null ? Number(getInt(a[1])) : -1;
  if (n === 0) return new PyBytes(new Uint8Array(0));
  return gather(s, (got) => n < 0 ? Infinity : n - got, (got) => n >= 0 && got >= n, (d) => {
    return new PyBytes(d);
  });
}

function readinto(a: PyValue[]): PyValue {
  const s = self(a);
  const buf = a[1];
  const dst = buf instanceof PyObject ? typeOf(buf).buffer?.(buf, true) : undefined;
  if (dst === undefined) return raise(TypeError, "object with buffer protocol required");
  let n = dst.length;
  if (a.length > 2) n = Math.min(n, Number(getInt(a[2])));
  if (n <= 0) return 0;
  return gather(s, (got) => n - got, (got) => got >= n, (d) => (dst.set(d), d.length));
}

function readline(a: PyValue[]): PyValue {
  const s = self(a);
  const limit = a.length > 1 && a[1] !== null ? Number(getInt(a[1])) : -1;
  let complete = false;
  return gather(
    s,
    (got) => {
      const end = s.lineEnd();
      let k = end < 0 ? Infinity : end;
      if (limit >= 0) k = Math.min(k, limit - got);
      complete = k !== Infinity && k <= s.rx.length;
      return k;
    },
    () => complete,
    (d) => new PyBytes(d),
  );
}

function write(a: PyValue[]): PyValue {
  const s = self(a);
  const data = bufferData(a[1]);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  s.check();
  if (s.eof && s.wire.writableEnded) osError(EIO);
  s.tls.write(data.slice());
  return data.length;
}

/** (suite, version) as the host names them (mbedtls spells suites its own way). */
function cipher(a: PyValue[]): PyValue {
  const t = self(a).tls;
  const c = t.getCipher();
  return new PyTuple([c?.standardName ?? c?.name ?? "", t.getProtocol() ?? ""]);
}

function getpeercert(a: PyValue[]): PyValue {
  if (!truthy(a[1])) return raise(NotImplementedError);
  const cert = self(a).tls.getPeerCertificate();
  return cert?.raw === undefined ? null : new PyBytes(new Uint8Array(cert.raw));
}

export const tlsSocketType: PyType = defineType({
  name: "SSLSocket",
  repr: (s) => `<SSLSocket ${(s as PyTlsSocket).sock.fd}>`,
  methods: [
    ["read", read, 1, 2],
    ["readinto", readinto, 2, 3],
    ["readline", readline, 1, 2],
    ["write", write, 2, 2],
    ["setblocking", (a) => (self(a).sock.blocking = truthy(a[1]), null), 2, 2],
    ["cipher", cipher, 1, 1],
    ["getpeercert", getpeercert, 2, 2],
    ["close", (a) => self(a).closeFlushed(), 1, 1],
    ["__del__", (a) => (self(a).close(), null), 1, 1],
  ],
});
