// dict: insertion-ordered mapping (py/objdict.c, py/map.c). Keys are normalised to JS
// primitives where Python equality allows (1 == 1.0 == True share one slot); other hashable
// keys (tuples, user objects with __hash__/__eq__) go through per-hash buckets of unique
// slot tokens, so one JS Map keeps the insertion order of every key.
import { defineType, PyObject, type PyType, type PyValue, typeOf } from "./obj.ts";
import { KeyError, raise, TypeError } from "./obj_exception.ts";
import { PyFloat } from "./obj_float.ts";
import { eq, hash } from "./runtime.ts";

export const dictType: PyType = defineType({ name: "dict" });

/** A key that needs Python hashing: its token is what the JS map stores. */
class KeySlot {
  constructor(public key: PyValue) {}
}

/** Does this object's type compare by identity (no __eq__/__hash__ of its own)? */
function identityKeyed(o: PyObject): boolean {
  const t = o.type;
  if (t.isUserClass) return t.lookup("__eq__") === undefined && t.lookup("__hash__") === undefined;
  return t.hash === undefined && t.binaryOp === undefined;
}

export class PyDict extends PyObject {
  /** normalised key → value, in insertion order. */
  map: Map<unknown, PyValue>;
  /** normalised key → original key, only where they differ (True, 2.0, tuples, ...). */
  orig: Map<unknown, PyValue> | undefined;
  /** Python hash → slot tokens, for keys hashed by value. */
  buckets: Map<number, KeySlot[]> | undefined;

  constructor(type: PyType = dictType, map?: Map<unknown, PyValue>) {
    super(type);
    this.map = map ?? new Map();
    this.orig = undefined;
    this.buckets = undefined;
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
    if (key instanceof PyFloat) {
      const v = key.value;
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
      return v;
    }
    if (identityKeyed(key)) return key;
    const h = hash(key);
    if (this.buckets === undefined) this.buckets = new Map();
    let list = this.buckets.get(h);
    if (list !== undefined) {
      for (const slot of list) if (eq(slot.key, key)) return slot;
    }
    if (!create) return undefined;
    const slot = new KeySlot(key);
    if (list === undefined) this.buckets.set(h, list = []);
    list.push(slot);
    return slot;
  }

  get(key: PyValue): PyValue | undefined {
    if (typeof key === "string") return this.map.get(key);
    const k = this.norm(key, false);
    return k === undefined ? undefined : this.map.get(k);
  }

  has(key: PyValue): boolean {
    return this.get(key) !== undefined;
  }

  set(key: PyValue, value: PyValue): void {
    if (typeof key === "string") {
      this.map.set(key, value);
      return;
    }
    const k = this.norm(key, true);
    if (!this.map.has(k) && k !== key) {
      if (this.orig === undefined) this.orig = new Map();
      this.orig.set(k, key);
    }
    this.map.set(k, value);
  }

  /** Remove a key; returns its value or undefined if it was absent. */
  delete(key: PyValue): PyValue | undefined {
    const k = typeof key === "string" ? key : this.norm(key, false);
    if (k === undefined) return undefined;
    const v = this.map.get(k);
    if (v === undefined) return undefined;
    this.map.delete(k);
    if (this.orig !== undefined) this.orig.delete(k);
    if (k instanceof KeySlot) {
      const list = this.buckets!.get(hash(k.key))!;
      list.splice(list.indexOf(k), 1);
    }
    return v;
  }

  clear(): void {
    this.map.clear();
    this.orig = undefined;
    this.buckets = undefined;
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
    return k as PyValue;
  }

  *keys(): Generator<PyValue> {
    for (const k of this.map.keys()) yield this.keyOf(k);
  }

  *entries(): Generator<[PyValue, PyValue]> {
    for (const [k, v] of this.map) yield [this.keyOf(k), v];
  }

  /** d[key] with MicroPython's KeyError. */
  getItem(key: PyValue): PyValue {
    const v = this.get(key);
    if (v === undefined) return raise(KeyError, key);
    return v;
  }
}

/** Raise TypeError for unhashable keys (used by set and dict on list/dict/set keys). */
export function unhashable(key: PyValue): never {
  return raise(TypeError, `unhashable type: '${typeOf(key).name}'`);
}
