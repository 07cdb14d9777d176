// Integer arguments as MicroPython's C functions read them on the 32-bit reference build
// (sys.maxsize 2**31-1): mp_obj_get_int into a machine word, and mp_obj_get_int_truncated.
import { type PyValue, typeOf } from "../py/obj.ts";
import { OverflowError, raise, TypeError } from "../py/obj_exception.ts";
import { toDouble } from "../py/obj_float.ts";
import { getInt } from "../py/obj_int.ts";

/** mp_obj_get_int: an int that must fit a signed 32-bit machine word. A value outside the
 * small-int range is a long int whose magnitude must fit 31 bits (mpz_as_int_checked), so
 * -2**31 is refused too. */
export function wordArg(v: PyValue): number {
  const i = getInt(v);
  if (typeof i === "bigint" || i < -0x7fffffff || i > 0x7fffffff) {
    return raise(OverflowError, "overflow converting long int to machine word");
  }
  return i;
}

/** mp_obj_get_int_truncated as a uint32_t: the low 32 bits of any int. */
export function uint32Arg(v: PyValue): number {
  const i = getInt(v);
  return typeof i === "bigint" ? Number(BigInt.asUintN(32, i)) : i >>> 0;
}

/** mp_obj_get_float: ints, bools and floats only. */
export function floatArg(v: PyValue): number {
  const d = toDouble(v);
  if (d !== undefined) return d;
  return raise(TypeError, `can't convert ${typeOf(v).name} to float`);
}
