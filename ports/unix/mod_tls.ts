// tls: MicroPython's TLS module (extmod/modtls_mbedtls.c) on the host's TLS, client side only:
// SSLContext holds the settings and certificates; the SSLSocket lives in tls_socket.ts.
import type * as NodeTls from "node:tls";
import type * as NodeCrypto from "node:crypto";
import type { Buffer } from "node:buffer";
import { nodeLib } from "./node_lib.ts";
import { defineType, type Kw, PyObject, type PyType, type PyValue } from "../../src/py/obj.ts";
import { newException, OSError, raise, TypeError, ValueError } from "../../src/py/obj_exception.ts";
import { bufferData } from "../../src/py/obj_bytes.ts";
import { getInt } from "../../src/py/obj_int.ts";
import { PyList } from "../../src/py/obj_list.ts";
import { truthy } from "../../src/py/runtime.ts";
import { PySocket } from "./mod_socket.ts";
import { CERT_NONE, CERT_REQUIRED, PyTlsSocket, waitOrNow } from "./tls_socket.ts";

function bufferFrom(data: Uint8Array): Buffer {
  return nodeLib<{ Buffer: typeof Buffer }>("node:buffer").Buffer.from(data);
}

const PROTOCOL_TLS_CLIENT = 0;
const PROTOCOL_TLS_SERVER = 1;
const CERT_OPTIONAL = 1;

const EBADF = 9;
const ENOTCONN = 107;
/** mbedtls's general key and certificate parse errors (MicroPython reports no other). */
const PK_BAD_INPUT: [number, string] = [-0x3e80, "MBEDTLS_ERR_PK_BAD_INPUT_DATA"];
const X509_BAD_INPUT: [number, string] = [-0x2800, "MBEDTLS_ERR_X509_BAD_INPUT_DATA"];

function osError(...args: PyValue[]): never {
  throw newException(OSError, ...args);
}

// --- SSLContext -------------------------------------------------------------------------------

class PyTlsContext extends PyObject {
  verifyMode: number;
  caCerts: string[] | undefined = undefined;
  cert: string | undefined = undefined;
  key: string | undefined = undefined;
  ciphers: PyValue = null;
  /** Stored as MicroPython does; the host's verifier does not call it. */
  verifyCallback: PyValue = null;
  constructor(public protocol: number) {
    super(contextType);
    this.verifyMode = (protocol & PROTOCOL_TLS_SERVER) === 0 ? CERT_REQUIRED : CERT_NONE;
  }
}

/** Certificates in `data` (PEM text holding one or more, or one DER) as PEM strings. */
function certsOf(v: PyValue): string[] {
  const data = typeof v === "string" ? new TextEncoder().encode(v) : bufferData(v);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  const text = new TextDecoder().decode(data);
  const pems = text.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g);
  const parts: (string | Buffer)[] = pems ??
    (text.includes("-----BEGIN") ? [] : [bufferFrom(data)]);
  if (parts.length === 0) osError(...X509_BAD_INPUT);
  try {
    return parts.map((p) =>
      new (nodeLib<typeof NodeCrypto>("node:crypto").X509Certificate)(p).toString()
    );
  } catch {
    return osError(...X509_BAD_INPUT);
  }
}

/** DER private-key encodings mbedtls_pk_parse_key accepts, tried in its order. */
const DER_KEY_TYPES = ["pkcs8", "sec1", "pkcs1"] as const;

function keyOf(v: PyValue): string {
  const data = typeof v === "string" ? new TextEncoder().encode(v) : bufferData(v);
  if (data === undefined) return raise(TypeError, "object with buffer protocol required");
  const text = new TextDecoder().decode(data);
  const crypto = nodeLib<typeof NodeCrypto>("node:crypto");
  const parse = (): NodeCrypto.KeyObject => {
    if (text.includes("-----BEGIN")) return crypto.createPrivateKey(text);
    for (const type of DER_KEY_TYPES) {
      try {
        return crypto.createPrivateKey({ key: bufferFrom(data), format: "der", type });
      } catch {
        // not this encoding
      }
    }
    throw new Error("no key");
  };
  try {
    return parse().export({ format: "pem", type: "pkcs8" }) as string;
  } catch {
    return osError(...PK_BAD_INPUT);
  }
}

function ctx(a: PyValue[]): PyTlsContext {
  return a[0] as PyTlsContext;
}

/** Keyword-only arguments with defaults (mp_arg_parse_all with MP_ARG_KW_ONLY). */
function kwOnly(kw: Kw, defaults: Record<string, PyValue>): Record<string, PyValue> {
  const out = { ...defaults };
  for (const [k, v] of kw ?? []) {
    if (!(k in defaults)) raise(TypeError, `unexpected keyword argument '${k}'`);
    out[k] = v;
  }
  return out;
}

function wrapSocket(a: PyValue[], kw: Kw): PyValue {
  if (a.length > 2) raise(TypeError, "extra positional arguments given");
  const c = ctx(a);
  const o = kwOnly(kw, {
    server_side: false,
    do_handshake_on_connect: true,
    server_hostname: null,
  });
  const sock = a[1];
  if (!(sock instanceof PySocket)) return osError("stream operation not supported");
  // The endpoint is the context's (PROTOCOL_TLS_SERVER), as mbedtls configures it.
  const server = truthy(o.server_side) || (c.protocol & PROTOCOL_TLS_SERVER) !== 0;
  const host = o.server_hostname;
  if (host !== null && typeof host !== "string") {
    raise(TypeError, "can't convert to str implicitly");
  }
  if (!server && host === null && c.verifyMode === CERT_REQUIRED) {
    raise(ValueError, "CERT_REQUIRED requires server_hostname");
  }
  if (sock.state === "closed") osError(EBADF);
  if (sock.state !== "connected") osError(ENOTCONN);
  const s = new PyTlsSocket(sock, c, host, server);
  if (!truthy(o.do_handshake_on_connect)) return s;
  // modtls_mbedtls.c loops on the handshake even for a non-blocking socket.
  return waitOrNow(-1, () => s.handshaken() ? s : undefined);
}

export const contextType: PyType = defineType({
  name: "SSLContext",
  makeNew: (_t, a, kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (a.length !== 1) {
      raise(TypeError, `function takes 1 positional arguments but ${a.length} were given`);
    }
    return new PyTlsContext(Number(getInt(a[0])));
  },
  getAttr: (self, name) => {
    const c = self as PyTlsContext;
    if (name === "verify_mode") return c.verifyMode;
    return name === "verify_callback" ? c.verifyCallback : undefined;
  },
  setAttr: (self, name, value) => {
    const c = self as PyTlsContext;
    if (value === undefined) return false;
    if (name === "verify_mode") c.verifyMode = Number(getInt(value));
    else if (name === "verify_callback") c.verifyCallback = value;
    else return false;
    return true;
  },
  methods: [
    [
      "load_cert_chain",
      (a) => {
        const c = ctx(a);
        c.key = keyOf(a[2]); // the key is parsed first, as modtls_mbedtls.c does
        c.cert = certsOf(a[1]).join("\n");
        return null;
      },
      3,
      3,
    ],
    ["load_verify_locations", (a) => (ctx(a).caCerts = certsOf(a[1]), null), 2, 2],
    [
      "get_ciphers",
      (a) =>
        ctx(a).ciphers ??
          new PyList(nodeLib<typeof NodeTls>("node:tls").getCiphers().map((c) => c.toUpperCase())),
      1,
      1,
    ],
    ["set_ciphers", (a) => (ctx(a).ciphers = a[1], null), 2, 2],
    ["wrap_socket", wrapSocket, 2, -1, true],
  ],
});

export function makeTlsModule(): [string, PyValue][] {
  return [
    ["SSLContext", contextType],
    ["MBEDTLS_VERSION", "Mbed TLS 3.6.2"],
    ["PROTOCOL_TLS_CLIENT", PROTOCOL_TLS_CLIENT],
    ["PROTOCOL_TLS_SERVER", PROTOCOL_TLS_SERVER],
    ["CERT_NONE", CERT_NONE],
    ["CERT_OPTIONAL", CERT_OPTIONAL],
    ["CERT_REQUIRED", CERT_REQUIRED],
  ];
}
