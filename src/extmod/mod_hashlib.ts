// hashlib: the unix port has sha256 only (extmod/modhashlib.c). digest() finalises the
// object: a second digest() or a later update() raises ValueError("hash is final").
import { defineType, type Kw, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { PyBytes } from "../py/obj_bytes.ts";
import { raise, TypeError, ValueError } from "../py/obj_exception.ts";
import { Sha256 } from "./hash_sha256.ts";
import { readBuffer } from "./mod_binascii.ts";

class PySha256 extends PyObject {
  hash: Sha256;
  final: boolean;
  constructor(type: PyType) {
    super(type);
    this.hash = new Sha256();
    this.final = false;
  }
}

function notFinal(self: PyValue): PySha256 {
  const h = self as PySha256;
  if (h.final) raise(ValueError, "hash is final");
  return h;
}

function update(a: PyValue[]): PyValue {
  const h = notFinal(a[0]);
  h.hash.update(readBuffer(a[1]));
  return null;
}

function digest(a: PyValue[]): PyValue {
  const h = notFinal(a[0]);
  h.final = true;
  return new PyBytes(h.hash.digest());
}

function makeSha256(type: PyType, args: PyValue[], kw: Kw): PyValue {
  if (kw !== undefined && kw.size > 0) raise(TypeError, "function doesn't take keyword arguments");
  if (args.length > 1) {
    raise(TypeError, `function expected at most 1 arguments, got ${args.length}`);
  }
  const h = new PySha256(type);
  if (args.length > 0) h.hash.update(readBuffer(args[0]));
  return h;
}

const sha256Type: PyType = defineType({
  name: "sha256",
  makeNew: makeSha256,
  repr: (self) => `<${(self as PyObject).type.name}>`,
  methods: [
    ["update", update, 2, 2],
    ["digest", digest, 1, 1],
  ],
});

export function makeHashlibModule(): [string, PyValue][] {
  return [["sha256", sha256Type]];
}
