// dict (py/objdict.c, py/map.c). Values live in a JS Map keyed by normalised keys, so 1, 1.0
// and True share one entry and lookups are a single Map access. Iteration follows
// MicroPython's hash-table slot order (hash_table.ts), which is what MicroPython prints;
// OrderedDict (`ordered`) iterates in insertion order instead.
import { defineType, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { KeyError, raise, TypeError } from "./obj_exception.ts";
import { PyFloat } from "./obj_float.ts";
import { SlotTable } from "./hash_table.ts";
import { STATIC_QSTR_ID } from "./qstr.ts";
import { internRank } from "./qstr_order.ts";
import { eq, floatHash, hash, identityHash, intHash, strHash } from "./runtime.ts";

export const dictType: PyType = defineType({ name: "dict" });

/** A key that needs Python hashing (tuples, objects with __hash__/__eq__): this token is
 * what the JS map stores. */
class KeySlot {
  constructor(public key: PyValue, public hash: number) {}
}

/** How a PyObject key is stored: as itself (compared by identity: no __eq__/__hash__ of its
 * own), as the native value of an int or str subclass instance (MicroPython hashes the native
 * value and compares equal to it, so d[IntSub(2)] and d[2] are one entry), or undefined when it
 * must be hashed. One MRO lookup per key. */
function directKey(o: PyObject): PyValue | undefined {
  const t = o.type;
  if (!t.isUserClass) return t.hash === undefined && t.binaryOp === undefined ? o : undefined;
  if (t.lookup("__eq__") !== undefined || t.lookup("__hash__") !== undefined) return undefined;
  const n = (o as { native?: unknown }).native;
  if (typeof n === "number" || typeof n === "bigint" || typeof n === "string") return n;
  if (n instanceof PyFloat) return n; // normalised by norm() as a float key
  // A subclass of bytes, tuple, ... hashes and compares as its native base does.
  const nb = t.nativeBase;
  return nb === undefined || (nb.hash === undefined && nb.binaryOp === undefined) ? o : undefined;
}

/** The real part of a complex whose imaginary part is 0: such a key is the number it equals
 * (3+0j and 3 are one dict entry), hashed as its real part is. */
function zeroImagReal(key: PyValue): number | undefined {
  if (!(key instanceof PyObject) || key.type.name !== "complex") return undefined;
  const c = key as unknown as { real: number; imag: number };
  return c.imag === 0 ? c.real : undefined;
}

/** Is `s` interned in MicroPython (a static qstr, or a name or short literal seen by the
 * lexer)? Strings made at run time with other text are not. */
function isQstr(s: string): boolean {
  // (dunder names stand in for the firmware's own qstrs, which STATIC_QSTR_ID doesn't list)
  return STATIC_QSTR_ID.has(s) || internRank(s) > 0 || /^__\w+__$/.test(s);
}

/** An instance of a user class (whose __eq__ may disagree with its hash). */
function isUserInstance(v: PyValue): boolean {
  return v instanceof PyObject && v.type.isUserClass;
}

/** An instance of a str subclass (looked up by its str value). */
function isStrInstance(key: PyValue): boolean {
  return key instanceof PyObject && typeof (key as { native?: unknown }).native === "string";
}

/** MicroPython hash of a normalised key, as an unsigned 32-bit number. */
export function normHash(nk: unknown): number {
  switch (typeof nk) {
    case "string":
      return strHash(nk);
    case "number":
      return (Number.isInteger(nk) ? intHash(nk) : floatHash(nk)) >>> 0;
    case "bigint":
      return intHash(nk) >>> 0;
  }
  if (nk === null) return 6;
  if (nk instanceof KeySlot) return nk.hash >>> 0;
  return identityHash(nk as object) >>> 0;
}

export class PyDict extends PyObject {
  /** normalised key → value. */
  map: Map<unknown, PyValue>;
  /** normalised key → original key, only where they differ (True, 2.0, tuples, ...). */
  orig: Map<unknown, PyValue> | undefined;
  /** Python hash → slot tokens, for keys hashed by value. */
  buckets: Map<number, KeySlot[]> | undefined;
  /** MicroPython's slot layout; undefined for an ordered dict. */
  table: SlotTable | undefined;
  /** Every key so far was a str (py/map.c all_keys_are_qstrs): a lookup of any other key
   * then fails without hashing it, so d[[1]] is a KeyError there. */
  strKeysOnly = true;
  /** A set's table (py/objset.c): lookups skip only when nothing was ever allocated. */
  isSet = false;
  /** A read-only table (a built-in module's globals, errno.errorcode; py/map.c is_fixed):
   * Python-level changes raise TypeError. Copies are writable. */
  fixed = false;

  constructor(type: PyType = dictType, initialAlloc = 0, ordered = false) {
    super(type);
    this.map = new Map();
    this.orig = undefined;
    this.buckets = undefined;
    this.table = ordered ? undefined : new SlotTable(initialAlloc, (nk) => this.slotHash(nk));
  }

  /** MicroPython hash of a stored key: a float key keeps the float's hash even where it is
   * normalised to the int it equals (they differ from 2**30 up). */
  slotHash(nk: unknown): number {
    if (
      this.orig !== undefined &&
      (typeof nk === "bigint" || (typeof nk === "number" && nk % 1 === 0))
    ) {
      const o = this.orig.get(nk);
      const f = o instanceof PyObject && (o as { native?: unknown }).native instanceof PyFloat
        ? (o as unknown as { native: PyFloat }).native // a float subclass: its float's hash
        : o;
      if (f instanceof PyFloat) return floatHash(f.value) >>> 0;
      const real = o === undefined ? undefined : zeroImagReal(o);
      if (real !== undefined) return floatHash(real) >>> 0;
    }
    return normHash(nk);
  }

  /** The normalised form of `key`; with `create`, registers a new slot for a hashed key. */
  private norm(key: PyValue, create: boolean): unknown {
    switch (typeof key) {
      case "string":
      case "number":
      case "bigint":
        return key;
      case "boolean":
        return key ? 1 : 0;
    }
    if (key === null) return null;
    // a float subclass instance keys by its native float, as int and str subclasses do
    const n = (key as { native?: unknown }).native;
    const fl = n instanceof PyFloat && directKey(key as PyObject) === n ? n : key;
    const real = fl instanceof PyFloat ? fl.value : zeroImagReal(key);
    // A NaN equals nothing, itself included: a dict finds only the same object (py/map.c
    // checks identity first), a set never finds one (py/objset.c only compares).
    if (real !== undefined && real === real) {
      const v = real;
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
      return v === 0 ? 0 : v;
    }
    const direct = directKey(key);
    if (direct !== undefined) return direct;
    const h = hash(key);
    if (this.buckets === undefined) this.buckets = new Map();
    let list = this.buckets.get(h);
    if (list !== undefined) {
      for (const slot of list) {
        if ((slot.key === key && !this.isSet) || eq(slot.key, key)) return slot;
      }
    }
    // Not among the keys of its hash: MicroPython still finds any key its probe passes that
    // compares equal (a __hash__ that disagrees with __eq__, e.g. {"a": 1}.get(SE("a"))). Only
    // a user class can make that differ from the by-value answer, so only then is it walked.
    const user = isUserInstance(key);
    if (this.table !== undefined && (user || this.table.hasUserKeys)) {
      for (const nk of this.table.probe(h >>> 0)) {
        const k = this.keyOf(nk);
        if ((user || isUserInstance(k)) && eq(k, key)) return nk;
      }
    }
    if (!create) return undefined;
    if (user && this.table !== undefined) this.table.hasUserKeys = true;
    const slot = new KeySlot(key, h);
    if (list === undefined) this.buckets.set(h, list = []);
    list.push(slot);
    return slot;
  }

  /** py/map.c and py/objset.c find nothing, without hashing `key`, in an unallocated table
   * or (a dict's) one whose keys are all str. */
  private skipsLookup(): boolean {
    if (this.table !== undefined && this.table.slots.length === 0) return true;
    return !this.isSet && this.strKeysOnly;
  }

  get(key: PyValue): PyValue | undefined {
    if (typeof key === "string") {
      const v = this.map.get(key);
      return v !== undefined || this.buckets === undefined ? v : this.getMiss(key, key);
    }
    // a str subclass instance is no qstr either: an all-str dict doesn't find it ({"a": 1}[S("a")])
    if (this.skipsLookup()) return undefined;
    const k = this.norm(key, false);
    if (k === undefined) return undefined;
    const v = this.map.get(k);
    return v !== undefined || k instanceof KeySlot ? v : this.getMiss(key, k);
  }

  private getMiss(key: PyValue, nk: unknown): PyValue | undefined {
    const f = this.probeMiss(key, nk);
    return f === undefined ? undefined : this.map.get(f);
  }

  /** A key stored by value that isn't there: MicroPython's probe may still pass a key with its
   * own __eq__ claiming equality ({SE("a"): 1}["a"]), so look for one when any is stored. */
  private probeMiss(key: PyValue, nk: unknown): unknown {
    if (this.table === undefined || !this.table.hasUserKeys) return undefined;
    if (typeof nk !== "string" && typeof nk !== "number" && typeof nk !== "bigint") {
      return undefined;
    }
    for (const s of this.table.probe(hash(key) >>> 0)) {
      if (s instanceof KeySlot && isUserInstance(s.key) && eq(s.key, key)) return s;
    }
    return undefined;
  }

  has(key: PyValue): boolean {
    return this.get(key) !== undefined;
  }

  set(key: PyValue, value: PyValue): void {
    // An all-str dict compares a new key by identity only: S("a") beside "a" is a second entry.
    let k = typeof key === "string" ? key : this.strKeysOnly && !this.isSet && isStrInstance(key) &&
        this.map.has((key as { native?: unknown }).native)
      ? new KeySlot(key, strHash((key as { native?: unknown }).native as string))
      : this.norm(key, true);
    if (typeof key !== "string") this.strKeysOnly = false;
    let present = this.map.has(k);
    if (!present && !(k instanceof KeySlot)) {
      const found = this.probeMiss(key, k);
      if (found !== undefined) [k, present] = [found, true];
    }
    if (!present) {
      // a str that is no qstr (e.g. made at run time) ends all_keys_are_qstrs too
      if (this.strKeysOnly && typeof key === "string" && !isQstr(key)) this.strKeysOnly = false;
      if (k !== key) {
        if (this.orig === undefined) this.orig = new Map();
        this.orig.set(k, key);
      }
      this.table?.insert(k);
    }
    this.map.set(k, value);
  }

  /** Remove a key; returns its value or undefined if it was absent. */
  delete(key: PyValue): PyValue | undefined {
    if (typeof key !== "string" && this.skipsLookup()) return undefined;
    let k = typeof key === "string" ? key : this.norm(key, false);
    if (k === undefined) return undefined;
    if (!this.map.has(k) && !(k instanceof KeySlot)) k = this.probeMiss(key, k) ?? k;
    const v = this.map.get(k);
    if (v === undefined) return undefined;
    this.removeNorm(k);
    return v;
  }

  private removeNorm(k: unknown): void {
    this.map.delete(k);
    this.table?.remove(k);
    if (this.orig !== undefined) this.orig.delete(k);
    if (k instanceof KeySlot) {
      const list = this.buckets!.get(k.hash)!;
      list.splice(list.indexOf(k), 1);
    }
  }

  /** A copy with the same layout and entries (dict.copy). */
  copy(type: PyType = dictType): PyDict {
    const d = new PyDict(type, 0, this.table === undefined);
    d.strKeysOnly = this.strKeysOnly;
    d.isSet = this.isSet;
    d.map = new Map(this.map);
    if (this.orig !== undefined) d.orig = new Map(this.orig);
    if (this.buckets !== undefined) {
      d.buckets = new Map();
      for (const [h, list] of this.buckets) d.buckets.set(h, list.slice());
    }
    if (this.table !== undefined) d.table = this.table.clone((nk) => d.slotHash(nk));
    return d;
  }

  /** A plain dict over the same entries: what `x |= y` leaves in `x` for a dict subclass
   * instance (MicroPython's native sub-object). */
  alias(): PyDict {
    const d = new PyDict(dictType, 0, this.table === undefined);
    this.orig ??= new Map();
    this.buckets ??= new Map();
    d.map = this.map;
    d.orig = this.orig;
    d.buckets = this.buckets;
    d.table = this.table;
    d.strKeysOnly = this.strKeysOnly;
    return d;
  }

  clear(): void {
    this.map.clear();
    this.table?.clear();
    this.orig = undefined;
    this.buckets = undefined;
    this.strKeysOnly = true;
  }

  get size(): number {
    return this.map.size;
  }

  /** The Python key for a normalised key. */
  keyOf(k: unknown): PyValue {
    if (k instanceof KeySlot) return k.key;
    if (this.orig !== undefined) {
      const o = this.orig.get(k);
      if (o !== undefined) return o;
    }
    if (typeof k === "number" && !Number.isInteger(k)) return new PyFloat(k);
    return k as PyValue;
  }

  /** Normalised keys in iteration order. */
  normKeys(): Iterable<unknown> {
    return this.table === undefined ? this.map.keys() : this.table.keys();
  }

  *keys(): Generator<PyValue> {
    for (const k of this.normKeys()) yield this.keyOf(k);
  }

  *values(): Generator<PyValue> {
    for (const k of this.normKeys()) yield this.map.get(k)!;
  }

  *entries(): Generator<[PyValue, PyValue]> {
    for (const k of this.normKeys()) yield [this.keyOf(k), this.map.get(k)!];
  }

  /** Remove and return dict.popitem's choice: the first entry in slot order, or the most
   * recently inserted one for an ordered dict. */
  popItem(): [PyValue, PyValue] | undefined {
    let k: unknown;
    if (this.table !== undefined) k = this.table.first();
    else {
      for (const nk of this.map.keys()) k = nk;
    }
    if (k === undefined) return undefined;
    const entry: [PyValue, PyValue] = [this.keyOf(k), this.map.get(k)!];
    this.removeNorm(k);
    return entry;
  }

  /** d[key] with MicroPython's KeyError. */
  getItem(key: PyValue): PyValue {
    const v = this.get(key);
    if (v === undefined) return raise(KeyError, key);
    return v;
  }
}

/** mp_ensure_not_fixed: a bare TypeError before a read-only dict is changed. */
export function ensureNotFixed(d: PyDict): PyDict {
  if (d.fixed) raise(TypeError);
  return d;
}

/** Raise TypeError for unhashable keys (MicroPython's wording). */
export function unhashable(key: PyValue): never {
  const t = typeOf(key);
  const name = (t.isUserClass ? t.nativeBase?.name : undefined) ?? t.name;
  return raise(TypeError, `unsupported type for __hash__: '${name}'`);
}
