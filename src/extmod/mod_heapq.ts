// heapq: a min-heap over a list, with MicroPython's sift order (extmod/modheapq.c, modelled
// on CPython's heapq.py): items move only on `a < b` giving exactly True.
import { builtin, type PyValue } from "../py/obj.ts";
import { IndexError, raise, TypeError } from "../py/obj_exception.ts";
import { listType, PyList } from "../py/obj_list.ts";
import { BinaryOp } from "../py/bytecode.ts";
import { binaryOp } from "../py/runtime.ts";

/** The heap argument: a list itself, not a subclass (mp_obj_is_type). */
function heapArg(v: PyValue): PyValue[] {
  if (v instanceof PyList && v.type === listType) return v.items;
  return raise(TypeError, "heap must be a list");
}

const less = (a: PyValue, b: PyValue) => binaryOp(BinaryOp.LESS, a, b) === true;

/** Move the item at pos up towards start while it is less than its parent. */
function siftDown(heap: PyValue[], start: number, pos: number): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (!less(item, parent)) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

/** Move the item at pos down to a leaf along the smaller children, then back up. */
function siftUp(heap: PyValue[], pos: number): void {
  const start = pos;
  const end = heap.length;
  const item = heap[pos];
  for (let child = 2 * pos + 1; child < end; child = 2 * pos + 1) {
    // the right child when the left one is not less than it
    if (child + 1 < end && binaryOp(BinaryOp.LESS, heap[child], heap[child + 1]) === false) {
      child += 1;
    }
    heap[pos] = heap[child];
    pos = child;
  }
  heap[pos] = item;
  siftDown(heap, start, pos);
}

function heappush(a: PyValue[]): PyValue {
  const heap = heapArg(a[0]);
  heap.push(a[1]);
  siftDown(heap, 0, heap.length - 1);
  return null;
}

function heappop(a: PyValue[]): PyValue {
  const heap = heapArg(a[0]);
  if (heap.length === 0) raise(IndexError, "empty heap");
  const top = heap[0];
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    siftUp(heap, 0);
  }
  return top;
}

function heapify(a: PyValue[]): PyValue {
  const heap = heapArg(a[0]);
  for (let i = heap.length >> 1; i > 0;) siftUp(heap, --i);
  return null;
}

export function makeHeapqModule(): [string, PyValue][] {
  return [
    ["heappush", builtin("heappush", heappush, 2, 2)],
    ["heappop", builtin("heappop", heappop, 1, 1)],
    ["heapify", builtin("heapify", heapify, 1, 1)],
  ];
}
