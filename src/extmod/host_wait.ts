// Waiting without spinning, shared by time, select and socket: the top-level loop suspends on a
// promise that settles on a deadline, on I/O progress (notifyIO), on Ctrl-C, or runs callbacks
// queued by micropython.schedule meanwhile (as the unix port's sleep and poll do on EINTR).
// Nested loops cannot suspend; they block the thread with Atomics.wait instead. Clock and
// timers are the running interpreter's host's.
import { type PyValue } from "../py/obj.ts";
import { KeyboardInterrupt, raise } from "../py/obj_exception.ts";
import { runOneScheduled, schedulePending } from "../py/mod_micropython.ts";
import { activate, type InterpState, onSafePointRequest, state } from "../py/interp_state.ts";
import { canSuspend, Suspend } from "../py/vm.ts";

const waiters = new Set<() => void>();

/** Wake every pending wait so it re-checks its condition (called on any I/O progress). */
export function notifyIO(): void {
  if (waiters.size === 0) return;
  const ws = [...waiters];
  waiters.clear();
  for (const w of ws) w();
}

// Ctrl-C and micropython.schedule request a safe point: wake waiters too, so a suspended sleep
// or poll notices at once.
onSafePointRequest(notifyIO);

/** Milliseconds on the running interpreter's monotonic clock. */
export function nowMs(): number {
  return state.host.monotonicMs();
}

/** Resolve after `ms` (never when ms < 0) or at the next notifyIO, whichever comes first. */
function nextEvent(st: InterpState, ms: number): Promise<void> {
  return new Promise((resolve) => {
    let cancel: (() => void) | undefined;
    const wake = () => {
      if (cancel !== undefined) cancel();
      waiters.delete(wake);
      resolve();
    };
    waiters.add(wake);
    if (ms >= 0) cancel = st.host.setTimer(Math.ceil(ms), wake);
  });
}

/** Between waits (back in `st`, which may not have been running meanwhile): Ctrl-C raises
 * KeyboardInterrupt, and the oldest queued callback runs: one per wake, as each poll of the
 * unix port's wait loop runs one, so a callback that keeps rescheduling itself cannot hold
 * the wait past its deadline. */
function handlePending(st: InterpState): void {
  activate(st);
  if (st.interruptPending) {
    st.interruptPending = false;
    raise(KeyboardInterrupt);
  }
  if (st.scheduled.length > 0) runOneScheduled();
}

/**
 * Wait until `check` returns a value other than undefined, or `timeoutMs` passes (never when
 * negative); then resolve with the value (undefined on timeout). `recheckMs` bounds each wait
 * when readiness can change without a notifyIO (objects polled through a Python ioctl).
 */
export async function waitFor<T>(
  check: () => T | undefined,
  timeoutMs: number,
  recheckMs = -1,
): Promise<T | undefined> {
  const st = state;
  const deadline = timeoutMs < 0 ? Infinity : nowMs() + timeoutMs;
  for (;;) {
    const r = check();
    if (r !== undefined) return r;
    const left = deadline - nowMs();
    if (left <= 0) return undefined;
    let ms = left === Infinity ? -1 : left;
    if (recheckMs >= 0 && (ms < 0 || recheckMs < ms)) {
      ms = recheckMs;
      // Back off: such objects rarely change while Python code is not running.
      recheckMs = Math.min(recheckMs * 2, MAX_RECHECK_MS);
    }
    // more callbacks queued: only yield to the host before running the next one
    if (schedulePending()) ms = 0;
    await nextEvent(st, ms);
    handlePending(st);
  }
}

const MAX_RECHECK_MS = 50;

/** Something select.poll can watch natively (sockets, stdin): `pollReady` returns the
 * MP_STREAM_POLL_* flags that hold now (it may include ERR/HUP/NVAL whatever is asked). */
export interface NativePollable {
  pollReady(events: number): number;
}

export function isNativePollable(v: unknown): v is NativePollable {
  return typeof v === "object" && v !== null &&
    typeof (v as Partial<NativePollable>).pollReady === "function";
}

let blocker: Int32Array | undefined;

/** Block this thread for `ms` without using CPU (for nested loops that cannot suspend). */
export function blockMs(ms: number): void {
  if (ms <= 0) return;
  blocker ??= new Int32Array(new SharedArrayBuffer(4));
  const deadline = nowMs() + ms;
  for (let left = ms; left > 0; left = deadline - nowMs()) Atomics.wait(blocker, 0, 0, left);
}

/** Sleep for `ms`: a Suspend on the top-level loop, else a blocking wait. */
export function sleepMs(ms: number): PyValue {
  if (!(ms > 0)) return null;
  // Below a timer's 1 ms resolution, a short blocking wait is more faithful.
  if (ms >= 1 && canSuspend()) return new Suspend(waitFor(() => undefined, ms).then(() => null));
  blockMs(ms);
  return null;
}
