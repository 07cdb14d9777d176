// _thread.LockType (py/modthread.c): a lock that blocks only the thread acquiring it. A
// contended acquire suspends that thread's loop; release hands the lock to the longest waiter.
// As in the unix port, acquire's timeout argument is accepted and ignored.
import { defineType, PyObject, type PyType, type PyValue } from "./obj.ts";
import { raise, RuntimeError, TypeError } from "./obj_exception.ts";
import { getInt } from "./obj_int.ts";
import { canSuspend, Suspend } from "./vm.ts";

/** A lock object (allocate_lock()). */
export class LockObject extends PyObject {
  locked = false;
  /** Threads suspended in acquire, first come first served. */
  readonly waiters: ((v: PyValue) => void)[] = [];
  constructor() {
    super(lockType);
  }
}

function acquire(lock: LockObject, wait: boolean): PyValue {
  if (!lock.locked) {
    lock.locked = true;
    return true;
  }
  if (!wait) return false;
  if (!canSuspend()) {
    return raise(
      RuntimeError,
      "blocking operation inside a callback from native code isn't supported",
    );
  }
  return new Suspend(new Promise((resolve) => lock.waiters.push(resolve)));
}

function release(lock: LockObject): PyValue {
  if (!lock.locked) return raise(RuntimeError);
  const next = lock.waiters.shift();
  if (next !== undefined) next(true); // stays locked: now the waiter's
  else lock.locked = false;
  return null;
}

export const lockType: PyType = defineType({
  name: "lock",
  repr: () => "<lock>",
  // Only allocate_lock() makes locks (the type has no make_new in py/modthread.c).
  makeNew: () => raise(TypeError, "can't create 'lock' instances"),
  methods: [
    ["acquire", (a) => acquire(a[0] as LockObject, a.length < 2 || getInt(a[1]) !== 0), 1, 3],
    ["release", (a) => release(a[0] as LockObject), 1, 1],
    ["locked", (a) => (a[0] as LockObject).locked, 1, 1],
    ["__enter__", (a) => acquire(a[0] as LockObject, true), 1, 1],
    ["__exit__", (a) => release(a[0] as LockObject), 1, 4],
  ],
});
