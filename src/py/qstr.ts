// The static qstr table shared by the .mpy reader/writer, the compiler's qstr pool and dir().
// The list itself is generated data (src/generated/static_qstrs.ts, from the shared spec).
import { STATIC_QSTRS } from "../generated/static_qstrs.ts";

export { STATIC_QSTRS };

/** Highest static qstr id; id 0 (MP_QSTRnull) is never written to a .mpy file. */
export const LAST_STATIC_QSTR_ID = STATIC_QSTRS.length;

/** Static qstr id by string (ids 1..LAST_STATIC_QSTR_ID). */
export const STATIC_QSTR_ID: ReadonlyMap<string, number> = new Map(
  STATIC_QSTRS.map((s, i) => [s, i + 1]),
);

/** The static qstr with this id, or undefined when the id is out of range. */
export function staticQstr(id: number): string | undefined {
  return id >= 1 ? STATIC_QSTRS[id - 1] : undefined;
}
