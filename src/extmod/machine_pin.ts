// machine.PinBase, machine.Signal and time_pulse_us over "virtual pins" (extmod/virtpin.c,
// machine_pinbase.c, machine_signal.c, machine_pulse.c). A pin is read and written through
// its value() method, as PinBase subclasses are on the unix port; a Signal reads and writes
// the pin it wraps, inverted or not. The unix port crashes on a Signal over an object that is
// neither (no pin protocol); upy calls its value() method too.
import { builtin, defineType, PyObject, type PyType, type PyValue } from "../py/obj.ts";
import { OverflowError, raise, TypeError } from "../py/obj_exception.ts";
import { getInt } from "../py/obj_int.ts";
import { nativeOf } from "../py/obj_type_slots.ts";
import { callMethod, truthy } from "../py/runtime.ts";
import { state } from "../py/interp_state.ts";

export const pinBaseType: PyType = defineType({
  name: "PinBase",
  // An abstract base: PinBase() is one shared instance; a subclass makes plain instances.
  makeNew: (t) => t === pinBaseType ? pinBaseSingleton : new PyObject(t),
  repr: () => "<PinBase>",
});
const pinBaseSingleton = new PyObject(pinBaseType);

const INT64_MAX = (1n << 63n) - 1n;

/** mp_virtual_pin_read: value() as a machine word, then as the C int the protocol returns. */
export function pinRead(pin: PyValue): number {
  const p = nativeOf(pin);
  if (p instanceof PySignal) return pinRead(p.pin) ^ (p.invert ? 1 : 0);
  const v = getInt(callMethod(pin, "value", []));
  if (typeof v === "number") return v | 0;
  if (v > INT64_MAX || v < -INT64_MAX) {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  return Number(BigInt.asIntN(32, v));
}

/** mp_virtual_pin_write: value(False) or value(True). */
export function pinWrite(pin: PyValue, level: number): void {
  const p = nativeOf(pin);
  if (p instanceof PySignal) pinWrite(p.pin, level ^ (p.invert ? 1 : 0));
  else callMethod(pin, "value", [level !== 0]);
}

class PySignal extends PyObject {
  constructor(type: PyType, readonly pin: PyValue, readonly invert: boolean) {
    super(type);
  }
}

/** Signal(pin, invert=False): one positional argument and at most the `invert` keyword; any
 * other shape is a TypeError without a message, as machine_signal.c raises it. */
function signalNew(type: PyType, args: PyValue[], kw: Map<string, PyValue> | undefined) {
  const nKw = kw?.size ?? 0;
  if (args.length !== 1 || nKw > 1 || (nKw === 1 && !kw!.has("invert"))) raise(TypeError);
  return new PySignal(type, args[0], nKw === 1 && truthy(kw!.get("invert")!));
}

/** Signal's call and value(): read with no argument, write with one. */
function signalAccess(self: PyValue, args: PyValue[]): PyValue {
  if (args.length === 0) return pinRead(self);
  pinWrite(self, truthy(args[0]) ? 1 : 0);
  return null;
}

export const signalType: PyType = defineType({
  name: "Signal",
  makeNew: signalNew,
  repr: () => "<Signal>",
  call: (self, args, kw) => {
    if (kw !== undefined && kw.size > 0) {
      raise(TypeError, "function doesn't take keyword arguments");
    }
    if (args.length > 1) {
      raise(TypeError, `function expected at most 1 arguments, got ${args.length}`);
    }
    return signalAccess(self, args);
  },
  methods: [
    ["value", (a) => signalAccess(a[0], a.slice(1)), 1, 2],
    ["on", (a) => (pinWrite(a[0], 1), null), 1, 1],
    ["off", (a) => (pinWrite(a[0], 0), null), 1, 1],
  ],
});

/** ticks_us as mp_hal_ticks_us counts them on a 64-bit port (no wrap in practice). */
function ticksUs(): number {
  return Math.floor(state.host.monotonicMs() * 1000);
}

/** time_pulse_us(pin, level, timeout_us=1000000): the length of the next pulse at `level` in
 * microseconds; -2 when it does not start within the timeout, -1 when it does not end. */
function timePulseUs(a: PyValue[]): PyValue {
  const pin = a[0];
  const level = truthy(a[1]) ? 1 : 0;
  let timeout = 1000000;
  if (a.length > 2) {
    const t = getInt(a[2]);
    // A negative timeout is a huge unsigned one: wait for ever.
    timeout = t < 0 ? Infinity : Number(t);
  }
  let start = ticksUs();
  while (pinRead(pin) !== level) {
    if (ticksUs() - start >= timeout) return -2;
  }
  start = ticksUs();
  while (pinRead(pin) === level) {
    if (ticksUs() - start >= timeout) return -1;
  }
  return ticksUs() - start;
}

export const timePulseUsFn = builtin("time_pulse_us", timePulseUs, 2, 3);
