// cryptolib: AES in ECB, CBC and CTR modes (extmod/modcryptolib.c as the unix port builds it,
// with MICROPY_PY_CRYPTOLIB_CONSTS and _CTR). An aes object picks its direction on the first
// encrypt() or decrypt() call and refuses the other one afterwards, in every mode.
import { defineType, type Kw, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { PyBytes } from "../py/obj_bytes.ts";
import { raise, TypeError, ValueError } from "../py/obj_exception.ts";
import { writableBuffer } from "../py/obj_memoryview.ts";
import { Aes, cbc, ctr, CtrState, ecb } from "./aes.ts";
import { wordArg } from "./int_args.ts";
import { readBuffer } from "./mod_binascii.ts";

/** Mode numbers follow PEP 272. */
const MODE_ECB = 1, MODE_CBC = 2, MODE_CTR = 6;
const MODES: ReadonlySet<number> = new Set([MODE_ECB, MODE_CBC, MODE_CTR]);

type Direction = "none" | "encrypt" | "decrypt";

class PyAes extends PyObject {
  direction: Direction = "none";
  constructor(
    type: PyType,
    readonly mode: number,
    readonly cipher: Aes,
    readonly iv: Uint8Array, // CBC chaining value (a copy of the caller's IV)
    readonly ctr: CtrState | undefined,
  ) {
    super(type);
  }
}

function makeAes(type: PyType, args: PyValue[], kw: Kw): PyValue {
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length < 2) {
    raise(TypeError, `function missing ${2 - args.length} required positional arguments`);
  }
  if (args.length > 3) {
    raise(TypeError, `function expected at most 3 arguments, got ${args.length}`);
  }
  const mode = wordArg(args[1]);
  if (!MODES.has(mode)) raise(ValueError, "mode");
  const key = readBuffer(args[0]);
  if (key.length !== 16 && key.length !== 32) raise(ValueError, "key");
  let iv: Uint8Array | undefined;
  if (args.length > 2 && args[2] !== null) {
    iv = readBuffer(args[2]);
    if (iv.length !== 16) raise(ValueError, "IV");
  } else if (mode !== MODE_ECB) raise(ValueError, "IV");
  const ivCopy = iv === undefined ? new Uint8Array(16) : iv.slice();
  const ctrState = mode === MODE_CTR ? new CtrState(ivCopy) : undefined;
  return new PyAes(type, mode, new Aes(key), ivCopy, ctrState);
}

function process(a: PyValue[], encrypt: boolean): PyValue {
  const self = a[0] as PyAes;
  const input = readBuffer(a[1]);
  if (self.mode !== MODE_CTR && input.length % 16 !== 0) raise(ValueError, "blksize % 16");
  let out: Uint8Array;
  if (a.length > 2) {
    out = writableBuffer(a[2]);
    if (out.length < input.length) raise(ValueError, "output too small");
    out = out.subarray(0, input.length);
  } else out = new Uint8Array(input.length);
  const want: Direction = encrypt ? "encrypt" : "decrypt";
  if (self.direction === "none") self.direction = want;
  else if (self.direction !== want) raise(ValueError, "can't encrypt & decrypt");
  if (self.mode === MODE_ECB) ecb(self.cipher, input, out, encrypt);
  else if (self.mode === MODE_CBC) cbc(self.cipher, self.iv, input, out, encrypt);
  else ctr(self.cipher, self.ctr!, input, out);
  return a.length > 2 ? a[2] : new PyBytes(out);
}

const aesType: PyType = defineType({
  name: "aes",
  makeNew: makeAes,
  methods: [
    ["encrypt", (a) => process(a, true), 2, 3],
    ["decrypt", (a) => process(a, false), 2, 3],
  ],
});

export function makeCryptolibModule(): [string, PyValue][] {
  return [
    ["aes", aesType],
    ["MODE_ECB", MODE_ECB],
    ["MODE_CBC", MODE_CBC],
    ["MODE_CTR", MODE_CTR],
  ];
}
