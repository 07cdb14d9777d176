// time: the unix port's time module (extmod/modtime.c, ports/unix/modtime.c). Ticks wrap with
// a period of 2**30 as in the reference build; sleeps suspend the VM instead of spinning.
import { builtin, type PyValue, typeOf } from "../py/obj.ts";
import { floatArg } from "../py/mod_math.ts";
import { newException, OSError, OverflowError, raise, TypeError } from "../py/obj_exception.ts";
import { PyFloat, toFloat } from "../py/obj_float.ts";
import { getInt, normInt } from "../py/obj_int.ts";
import { PyList } from "../py/obj_list.ts";
import { PyTuple } from "../py/obj_tuple.ts";
import { sleepMs } from "./host_wait.ts";
import { state } from "../py/interp_state.ts";

/** MICROPY_PY_TIME_TICKS_PERIOD of the reference build. */
export const TICKS_PERIOD = 0x40000000;
const TICKS_MASK = TICKS_PERIOD - 1;
const TICKS_HALF = TICKS_PERIOD / 2;

/** Wall-clock milliseconds since the epoch, with sub-millisecond precision, from the running
 * interpreter's host. */
function epochMs(): number {
  return state.host.epochMs();
}

export function ticksMs(): number {
  return Math.floor(epochMs()) & TICKS_MASK;
}

export function ticksUs(): number {
  return Math.floor(epochMs() * 1000) & TICKS_MASK;
}

/** A ticks value as MicroPython reads it (MP_OBJ_SMALL_INT_VALUE): the low bits of an int. */
function ticksArg(v: PyValue): number {
  const i = getInt(v);
  return typeof i === "bigint" ? Number(BigInt.asIntN(32, i)) : i;
}

/** ticks_add(ticks, delta): delta must lie strictly within half a period (modtime.c). */
export function ticksAdd(ticks: number, delta: number): number {
  if (delta <= -TICKS_HALF || delta >= TICKS_HALF) {
    raise(OverflowError, "ticks interval overflow");
  }
  return (ticks + delta) & TICKS_MASK;
}

/** ticks_diff(end, start): signed difference, wrapped into [-period/2, period/2). */
export function ticksDiff(end: number, start: number): number {
  return ((end - start + TICKS_HALF) & TICKS_MASK) - TICKS_HALF;
}

function ticksAddFn(a: PyValue[]): PyValue {
  // mp_obj_get_int on the 32-bit reference build: the delta must fit a machine word.
  const d = getInt(a[1]);
  if (typeof d === "bigint" || d < -0x80000000 || d > 0x7fffffff) {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  return ticksAdd(ticksArg(a[0]), d);
}

/** time.sleep(seconds): like the unix port, a negative time is select()'s EINVAL. */
function sleep(a: PyValue[]): PyValue {
  const s = toFloat(a[0]);
  if (s < 0) throw newException(OSError, 22);
  return sleepMs(s * 1000);
}

function sleepUnits(a: PyValue[], msPerUnit: number): PyValue {
  const n = getInt(a[0]);
  const v = typeof n === "bigint" ? Number(n) : n;
  return v > 0 ? sleepMs(v * msPerUnit) : null;
}

/** (year, month, mday, hour, minute, second, weekday, yearday, isdst) as unix modtime.c. */
function timeTuple(a: PyValue[], utc: boolean): PyValue {
  // (None is not "now" here: the argument goes through mp_obj_get_float)
  const secs = a.length === 0 ? Math.floor(epochMs() / 1000) : floatArg(a[0]);
  const d = new Date(Math.trunc(secs) * 1000);
  if (Number.isNaN(d.getTime())) return raise(OverflowError, "timestamp out of range");
  const year = utc ? d.getUTCFullYear() : d.getFullYear();
  const month = utc ? d.getUTCMonth() : d.getMonth();
  const mday = utc ? d.getUTCDate() : d.getDate();
  const wday = utc ? d.getUTCDay() : d.getDay();
  const startOfYear = Date.UTC(year, 0, 1);
  const yday = Math.round((Date.UTC(year, month, mday) - startOfYear) / 86400000) + 1;
  let isdst = 0;
  if (!utc) {
    const jan = new Date(year, 0, 1).getTimezoneOffset();
    const jul = new Date(year, 6, 1).getTimezoneOffset();
    isdst = jan !== jul && d.getTimezoneOffset() === Math.min(jan, jul) ? 1 : 0;
  }
  return new PyTuple([
    year,
    month + 1,
    mday,
    utc ? d.getUTCHours() : d.getHours(),
    utc ? d.getUTCMinutes() : d.getMinutes(),
    utc ? d.getUTCSeconds() : d.getSeconds(),
    (wday + 6) % 7,
    yday,
    isdst,
  ]);
}

/** mktime(tuple): local time fields → seconds since the epoch. */
function mktime(a: PyValue[]): PyValue {
  const t = a[0];
  const items = t instanceof PyTuple || t instanceof PyList ? t.items : undefined;
  if (items === undefined) {
    return raise(TypeError, `object '${typeOf(t).name}' isn't a tuple or list`);
  }
  if (items.length < 8 || items.length > 9) {
    return raise(TypeError, "mktime needs a tuple of length 8 or 9");
  }
  const f = items.slice(0, 6).map((v) => Number(getInt(v)));
  const d = new Date(2000, 0, 1, 0, 0, 0);
  d.setFullYear(f[0], f[1] - 1, f[2]);
  d.setHours(f[3], f[4], f[5]);
  const ms = d.getTime();
  // libc's mktime answers -1 for an error, so one second before the epoch is refused too
  if (Number.isNaN(ms) || Math.floor(ms / 1000) === -1) {
    return raise(OverflowError, "invalid mktime usage");
  }
  return Math.floor(ms / 1000);
}

export function makeTimeModule(): [string, PyValue][] {
  return [
    // The unix port's clock(): processor seconds; the host's monotonic clock stands in for it.
    ["clock", builtin("clock", () => new PyFloat(state.host.monotonicMs() / 1000), 0, 0)],
    ["gmtime", builtin("gmtime", (a) => timeTuple(a, true), 0, 1)],
    ["localtime", builtin("localtime", (a) => timeTuple(a, false), 0, 1)],
    ["mktime", builtin("mktime", mktime, 1, 1)],
    ["sleep", builtin("sleep", sleep, 1, 1)],
    ["sleep_ms", builtin("sleep_ms", (a) => sleepUnits(a, 1), 1, 1)],
    ["sleep_us", builtin("sleep_us", (a) => sleepUnits(a, 0.001), 1, 1)],
    ["ticks_add", builtin("ticks_add", ticksAddFn, 2, 2)],
    ["ticks_cpu", builtin("ticks_cpu", () => ticksUs(), 0, 0)],
    [
      "ticks_diff",
      builtin("ticks_diff", (a) => ticksDiff(ticksArg(a[0]), ticksArg(a[1])), 2, 2),
    ],
    ["ticks_ms", builtin("ticks_ms", () => ticksMs(), 0, 0)],
    ["ticks_us", builtin("ticks_us", () => ticksUs(), 0, 0)],
    ["time", builtin("time", () => new PyFloat(epochMs() / 1000), 0, 0)],
    [
      "time_ns",
      builtin("time_ns", () => normInt(BigInt(Math.round(epochMs() * 1000)) * 1000n), 0, 0),
    ],
  ];
}
