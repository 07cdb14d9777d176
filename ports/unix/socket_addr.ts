// Socket addresses as the unix port passes them around: raw `struct sockaddr` bytes (Linux
// layout), plus getaddrinfo / inet_pton / inet_ntop / sockaddr (ports/unix/modsocket.c).
import { type PyValue } from "../../src/py/obj.ts";
import { newException, OSError, raise, TypeError } from "../../src/py/obj_exception.ts";
import { bufferData, PyByteArray, PyBytes } from "../../src/py/obj_bytes.ts";
import { getInt } from "../../src/py/obj_int.ts";
import { PyList } from "../../src/py/obj_list.ts";
import { PyTuple } from "../../src/py/obj_tuple.ts";

export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;

/** A host address Deno understands plus its family. */
export interface HostPort {
  family: number;
  hostname: string;
  port: number;
}

function addrError(code: number): never {
  throw newException(OSError, `[addrinfo error ${code}]`);
}

/** Dotted quad → 4 bytes, or undefined. */
export function parseIPv4(s: string): Uint8Array | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (m === null) return undefined;
  const b = m.slice(1).map(Number);
  return b.every((x) => x <= 255) ? new Uint8Array(b) : undefined;
}

/** IPv6 text (with optional embedded IPv4 tail) → 16 bytes, or undefined. */
export function parseIPv6(s: string): Uint8Array | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return undefined;
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const groups = (h: string): number[] | undefined => {
    if (h === "") return [];
    const out: number[] = [];
    const parts = h.split(":");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes(".")) {
        const v4 = parseIPv4(p);
        if (v4 === undefined) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(p)) return undefined;
        out.push(parseInt(p, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (head === undefined || tail === undefined) return undefined;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const all = [...head, ...new Array(halves.length === 2 ? fill : 0).fill(0), ...tail];
  const b = new Uint8Array(16);
  all.forEach((g, i) => (b[2 * i] = g >> 8, b[2 * i + 1] = g & 255));
  return b;
}

/** 16 bytes → canonical IPv6 text (longest zero run compressed). */
export function formatIPv6(b: Uint8Array): string {
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push((b[i] << 8) | b[i + 1]);
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i > 1) (best = i, bestLen = j - i);
    i = j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(":");
  if (best < 0) return hex(g);
  return hex(g.slice(0, best)) + "::" + hex(g.slice(best + bestLen));
}

/** struct sockaddr_in / sockaddr_in6 bytes for an address. */
export function encodeSockaddr(family: number, addr: Uint8Array, port: number): Uint8Array {
  const b = new Uint8Array(family === AF_INET6 ? 28 : 16);
  b[0] = family & 255;
  b[1] = family >> 8;
  b[2] = port >> 8;
  b[3] = port & 255;
  b.set(addr, family === AF_INET6 ? 8 : 4);
  return b;
}

/** A Deno address → sockaddr bytes. */
export function sockaddrOf(a: Deno.Addr): Uint8Array {
  if (a.transport !== "tcp" && a.transport !== "udp") return new Uint8Array(0);
  const v4 = parseIPv4(a.hostname);
  if (v4 !== undefined) return encodeSockaddr(AF_INET, v4, a.port);
  return encodeSockaddr(AF_INET6, parseIPv6(a.hostname) ?? new Uint8Array(16), a.port);
}

/** The address argument of bind/connect: sockaddr bytes, or a (host, port) tuple. */
export function addrArg(v: PyValue, forBind: boolean): HostPort {
  if (v instanceof PyTuple && v.items.length >= 2) {
    const host = v.items[0];
    if (typeof host !== "string") return raise(TypeError, "expected str");
    const port = Number(getInt(v.items[1]));
    const hostname = host === "" ? (forBind ? "0.0.0.0" : "127.0.0.1") : host;
    return { family: hostname.includes(":") ? AF_INET6 : AF_INET, hostname, port };
  }
  const b = bufferData(v);
  if (b === undefined) return raise(TypeError, "object with buffer protocol required");
  const family = b.length >= 2 ? b[0] | (b[1] << 8) : 0;
  if (family === AF_INET && b.length >= 8) {
    return { family, hostname: [...b.subarray(4, 8)].join("."), port: (b[2] << 8) | b[3] };
  }
  if (family === AF_INET6 && b.length >= 24) {
    return { family, hostname: formatIPv6(b.subarray(8, 24)), port: (b[2] << 8) | b[3] };
  }
  throw newException(OSError, 97); // EAFNOSUPPORT
}

/** Host name → addresses (sync: literals, localhost, else the system resolver via getent). */
function resolve(host: string, family: number): [number, Uint8Array][] {
  const v4 = parseIPv4(host);
  if (v4 !== undefined) return family === AF_INET6 ? addrError(-9) : [[AF_INET, v4]];
  const v6 = parseIPv6(host);
  if (v6 !== undefined) return family === AF_INET ? addrError(-9) : [[AF_INET6, v6]];
  if (host === "localhost") {
    return family === AF_INET6 ? [[AF_INET6, parseIPv6("::1")!]] : [[AF_INET, v4Loopback]];
  }
  if (host === "" || !/^[A-Za-z0-9.\-_]+$/.test(host)) addrError(-2);
  let text = "";
  try {
    const db = family === AF_INET6 ? "ahostsv6" : family === AF_INET ? "ahostsv4" : "ahosts";
    const r = new Deno.Command("getent", { args: [db, host], stdout: "piped", stderr: "null" })
      .outputSync();
    if (r.success) text = new TextDecoder().decode(r.stdout);
  } catch {
    // No getent on this host: fall through to "name not known".
  }
  const out: [number, Uint8Array][] = [];
  const seen = new Set<string>();
  for (const line of text.split("\n")) {
    const ip = line.split(/\s+/)[0];
    if (ip === "" || seen.has(ip)) continue;
    seen.add(ip);
    const a4 = parseIPv4(ip);
    if (a4 !== undefined) out.push([AF_INET, a4]);
    else {
      const a6 = parseIPv6(ip);
      if (a6 !== undefined) out.push([AF_INET6, a6]);
    }
  }
  if (out.length === 0) addrError(-2);
  return out;
}
const v4Loopback = new Uint8Array([127, 0, 0, 1]);

/** getaddrinfo(host, port, af=0, type=0, proto=0, flags=0) */
export function getaddrinfo(a: PyValue[]): PyValue {
  if (typeof a[0] !== "string") return raise(TypeError, "can't convert to str implicitly");
  let port: number;
  if (typeof a[1] === "number") port = a[1] & 0xffff;
  else if (typeof a[1] === "string") {
    if (!/^\d+$/.test(a[1])) addrError(-8);
    port = Number(a[1]) & 0xffff;
  } else return raise(TypeError, "can't convert to str implicitly");
  const family = a.length > 2 ? Number(getInt(a[2])) : 0;
  const type = a.length > 3 ? Number(getInt(a[3])) : 0;
  const proto = a.length > 4 ? Number(getInt(a[4])) : 0;
  const types: [number, number][] = type !== 0
    ? [[
      type,
      proto || (type === SOCK_STREAM ? IPPROTO_TCP : type === SOCK_DGRAM ? IPPROTO_UDP : 0),
    ]]
    : [[SOCK_STREAM, IPPROTO_TCP], [SOCK_DGRAM, IPPROTO_UDP], [SOCK_RAW, 0]];
  const out: PyValue[] = [];
  for (const [fam, addr] of resolve(a[0], family)) {
    for (const [t, p] of types) {
      out.push(new PyTuple([fam, t, p, null, new PyByteArray(encodeSockaddr(fam, addr, port))]));
    }
  }
  return new PyList(out);
}

/** inet_pton(af, text) */
export function inetPton(a: PyValue[]): PyValue {
  const af = Number(getInt(a[0]));
  if (typeof a[1] !== "string") return raise(TypeError, "can't convert to str implicitly");
  const b = af === AF_INET ? parseIPv4(a[1]) : af === AF_INET6 ? parseIPv6(a[1]) : undefined;
  if (af !== AF_INET && af !== AF_INET6) throw newException(OSError, 97);
  if (b === undefined) throw newException(OSError, 22);
  return new PyBytes(b);
}

/** inet_ntop(af, packed) */
export function inetNtop(a: PyValue[]): PyValue {
  const af = Number(getInt(a[0]));
  const b = bufferData(a[1]);
  if (b === undefined) return raise(TypeError, "object with buffer protocol required");
  if (af === AF_INET && b.length >= 4) return [...b.subarray(0, 4)].join(".");
  if (af === AF_INET6 && b.length >= 16) return formatIPv6(b.subarray(0, 16));
  throw newException(OSError, af === AF_INET || af === AF_INET6 ? 28 : 97);
}

/** sockaddr(bytes) → (family, addr bytes, port[, flowinfo, scope_id]) */
export function sockaddr(a: PyValue[]): PyValue {
  const b = bufferData(a[0]);
  if (b === undefined) return raise(TypeError, "object with buffer protocol required");
  const family = b[0] | (b[1] << 8);
  const port = (b[2] << 8) | b[3];
  const u32 = (o: number) => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
  if (family === AF_INET) return new PyTuple([family, new PyBytes(b.slice(4, 8)), port]);
  if (family === AF_INET6) {
    return new PyTuple([family, new PyBytes(b.slice(8, 24)), port, u32(4), u32(24)]);
  }
  return new PyTuple([family, new PyBytes(b.slice(2))]);
}
