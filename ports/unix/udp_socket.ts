// SOCK_DGRAM sockets of the unix port's socket module, over node:dgram (Deno's own datagram API
// is still behind --unstable-net). Datagrams arrive into a queue, so readiness is answered
// synchronously; bind and send wait for the host's acknowledgement, as the kernel's calls
// return only when done.
import type * as NodeDgram from "node:dgram";
import { nodeLib } from "./node_lib.ts";
import { notifyIO } from "../../src/extmod/host_wait.ts";
import { POLLIN, POLLNVAL, POLLOUT } from "../../src/extmod/mod_select.ts";
import { AF_INET6, encodeSockaddr, type HostPort, parseIPv4, parseIPv6 } from "./socket_addr.ts";

/** A received datagram and its sender's sockaddr bytes. */
export interface Datagram {
  data: Uint8Array;
  from: Uint8Array;
}

/** Host error codes (Node's "EADDRINUSE" style) → errno. */
const ERRNO_OF_CODE: Record<string, number> = {
  EADDRINUSE: 98,
  EADDRNOTAVAIL: 99,
  EACCES: 13,
  ENETUNREACH: 101,
  EHOSTUNREACH: 113,
  EMSGSIZE: 90,
  ECONNREFUSED: 111,
  EINVAL: 22,
};

function errnoOfCode(e: Error & { code?: string }): number {
  return ERRNO_OF_CODE[e.code ?? ""] ?? 5;
}

/** Bound datagram sockets of this process by port, and the addresses that reach them. */
const boundHere = new Map<number, UdpEndpoint>();
const LOOPBACK = new Set(["127.0.0.1", "localhost", "0.0.0.0", "::1", "::"]);
/** How long a send to a local socket waits for the host to deliver it. */
const LOCAL_DELIVERY_MS = 50;

/** Past this many queued datagrams new ones are dropped, as a full receive buffer drops them. */
const MAX_QUEUED = 1024;

export class UdpEndpoint {
  private sock: NodeDgram.Socket | undefined = undefined;
  /** "bound" once the host confirmed the bind. */
  phase: "new" | "binding" | "bound" | "closed" = "new";
  /** A pending error (SO_ERROR), raised by the next operation. */
  error: number | undefined = undefined;
  queue: Datagram[] = [];
  /** Default destination and only accepted source after connect(). */
  peer: HostPort | undefined = undefined;
  broadcast = false;
  /** Datagrams received so far (a local sender waits for this to move). */
  received = 0;

  constructor(private readonly family: number) {}

  /** Start binding to `hp` (an ephemeral port on every interface when undefined). */
  bind(hp: HostPort | undefined): void {
    const dgram = nodeLib<typeof NodeDgram>("node:dgram");
    const sock = dgram.createSocket({ type: this.family === AF_INET6 ? "udp6" : "udp4" });
    this.sock = sock;
    this.phase = "binding";
    sock.on("error", (e) => {
      this.error ??= errnoOfCode(e);
      if (this.phase === "binding") this.phase = "new";
      notifyIO();
    });
    sock.on("message", (msg, rinfo) => {
      this.received++;
      if (this.peer !== undefined && !samePeer(this.peer, rinfo)) return;
      if (this.queue.length >= MAX_QUEUED) return;
      this.queue.push({ data: new Uint8Array(msg), from: sockaddrFrom(rinfo) });
      notifyIO();
    });
    sock.bind(hp?.port ?? 0, hp?.hostname, () => {
      if (this.phase !== "binding") return;
      this.phase = "bound";
      boundHere.set(sock.address().port, this);
      if (this.broadcast) sock.setBroadcast(true);
      notifyIO();
    });
  }

  setBroadcast(on: boolean): void {
    this.broadcast = on;
    if (this.phase === "bound") this.sock!.setBroadcast(on);
  }

  /** Send one datagram; `done` gets an errno or 0 once the host has taken it. A datagram to
   * a socket of this process waits until that socket has it: the kernel queues a loopback
   * datagram at the receiver before sendto returns, and programs poll right after sending. */
  send(data: Uint8Array, to: HostPort, done: (errno: number) => void): void {
    const local = LOOPBACK.has(to.hostname) ? boundHere.get(to.port) : undefined;
    const before = local?.received ?? 0;
    this.sock!.send(data, to.port, to.hostname, (e) => {
      const deadline = performance.now() + LOCAL_DELIVERY_MS;
      const finish = () => {
        if (!e && local !== undefined && local.received === before) {
          if (performance.now() < deadline) return void setTimeout(finish, 0);
        }
        done(e ? errnoOfCode(e) : 0);
        notifyIO();
      };
      finish();
    });
  }

  pollReady(): number {
    if (this.phase === "closed") return POLLNVAL;
    return (this.queue.length > 0 || this.error !== undefined ? POLLIN : 0) | POLLOUT;
  }

  close(): void {
    if (this.phase === "closed") return;
    const sock = this.sock;
    if (this.phase === "bound") boundHere.delete(sock!.address().port);
    this.phase = "closed";
    this.sock = undefined;
    this.queue = [];
    try {
      sock?.close();
    } catch {
      // never bound
    }
  }
}

function samePeer(peer: HostPort, r: NodeDgram.RemoteInfo): boolean {
  return peer.port === r.port && normalHost(peer.hostname) === normalHost(r.address);
}

function normalHost(h: string): string {
  return h === "localhost" ? "127.0.0.1" : h;
}

function sockaddrFrom(r: NodeDgram.RemoteInfo): Uint8Array {
  const v4 = parseIPv4(r.address);
  if (v4 !== undefined) return encodeSockaddr(2, v4, r.port);
  return encodeSockaddr(AF_INET6, parseIPv6(r.address) ?? new Uint8Array(16), r.port);
}
