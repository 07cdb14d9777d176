// The iteration order of MicroPython's dicts and sets. MicroPython stores both in open-
// addressing tables with linear probing (py/map.c): a key sits at `hash % alloc` or the next
// free slot, the table only grows when a probe finds no free slot, and it grows through a
// fixed list of sizes. Printing a dict or set walks the table, so to print the same thing we
// keep the same slot layout. Lookups don't probe: a JS Map finds a key's slot directly.
const ALLOC_SIZES = [
  0,
  2,
  4,
  6,
  8,
  10,
  12,
  17,
  23,
  29,
  37,
  47,
  59,
  73,
  97,
  127,
  167,
  223,
  293,
  389,
  521,
  691,
  919,
  1223,
  1627,
  2161,
  3229,
  4831,
  7243,
  10861,
  16273,
  24407,
  36607,
  54907,
];

function allocAtLeast(n: number): number {
  for (const s of ALLOC_SIZES) if (s >= n) return s;
  return (n + (n >> 1)) | 1;
}

/** Marker of a slot whose entry was removed (MicroPython's MP_OBJ_SENTINEL). */
const DELETED = Symbol("deleted");
type Slot = unknown; // a normalised key, DELETED, or undefined for empty

/**
 * Slot layout of a MicroPython hash table, keyed by normalised keys. `hashOf` gives the
 * MicroPython hash of a normalised key (as an unsigned 32-bit number, like the 32-bit
 * reference build).
 */
export class SlotTable {
  slots: Slot[];
  /** normalised key → slot position */
  pos: Map<unknown, number>;
  used: number;
  /** Set once a key of a user class with its own __eq__ is stored: only then can a lookup find
   * a key by walking the probe sequence that its hash bucket does not hold (PyDict.norm). */
  hasUserKeys = false;

  constructor(initialAlloc: number, private hashOf: (nk: unknown) => number) {
    this.slots = new Array(initialAlloc);
    this.pos = new Map();
    this.used = 0;
  }

  /** Place a key that is known not to be present. */
  insert(nk: unknown): void {
    if (this.slots.length === 0) this.grow();
    const h = this.hashOf(nk);
    for (;;) {
      const alloc = this.slots.length;
      const start = h % alloc;
      let p = start;
      let avail = -1;
      do {
        const s = this.slots[p];
        if (s === undefined) {
          if (avail < 0) avail = p;
          this.place(nk, avail);
          return;
        }
        if (s === DELETED && avail < 0) avail = p;
        p = (p + 1) % alloc;
      } while (p !== start);
      if (avail >= 0) {
        this.place(nk, avail);
        return;
      }
      this.grow();
    }
  }

  private place(nk: unknown, p: number): void {
    this.slots[p] = nk;
    this.pos.set(nk, p);
    this.used++;
  }

  /** Remove a present key, leaving a tombstone unless the next slot is empty. */
  remove(nk: unknown): void {
    const p = this.pos.get(nk);
    if (p === undefined) return;
    this.pos.delete(nk);
    const alloc = this.slots.length;
    this.slots[p] = this.slots[(p + 1) % alloc] === undefined ? undefined : DELETED;
    this.used--;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array(allocAtLeast(old.length + 1));
    this.pos.clear();
    this.used = 0;
    for (const s of old) if (s !== undefined && s !== DELETED) this.insert(s);
  }

  /** An exact copy of the layout (dict.copy and set.copy copy the table as it is). */
  clone(hashOf: (nk: unknown) => number = this.hashOf): SlotTable {
    const t = new SlotTable(0, hashOf);
    t.slots = this.slots.slice();
    t.pos = new Map(this.pos);
    t.used = this.used;
    t.hasUserKeys = this.hasUserKeys;
    return t;
  }

  clear(): void {
    this.slots = [];
    this.pos.clear();
    this.used = 0;
    this.hasUserKeys = false;
  }

  /** Normalised keys in table order. */
  *keys(): Generator<unknown> {
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      if (s !== undefined && s !== DELETED) yield s;
    }
  }

  /** The keys a lookup with hash `h` compares, in order: from `h % alloc` up to the first empty
   * slot (py/map.c's linear probe). */
  *probe(h: number): Generator<unknown> {
    const slots = this.slots;
    const alloc = slots.length;
    if (alloc === 0) return;
    const start = h % alloc;
    let p = start;
    do {
      const s = slots[p];
      if (s === undefined) return;
      if (s !== DELETED) yield s;
      p = (p + 1) % alloc;
    } while (p !== start);
  }

  /** First key in table order (popitem / set.pop), or undefined. */
  first(): unknown {
    for (const s of this.slots) if (s !== undefined && s !== DELETED) return s;
    return undefined;
  }
}
