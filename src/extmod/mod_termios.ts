// termios as the unix port has it (ports/unix/modtermios.c): tcgetattr, tcsetattr and setraw
// on the terminal behind the standard streams. The attributes are upy's model of the
// terminal's (termios_attrs.ts); raw mode reaches the real terminal through the host. Errors
// are the OSErrors Linux gives: ENOTTY for a descriptor that is not a terminal, EBADF for one
// that is not open, EINVAL for a bad speed or `when`.
import { builtin, type PyValue, typeOf } from "../py/obj.ts";
import { newException, OSError, OverflowError, raise, TypeError } from "../py/obj_exception.ts";
import { getInt } from "../py/obj_int.ts";
import { PyBytes } from "../py/obj_bytes.ts";
import { PyList } from "../py/obj_list.ts";
import { getItem } from "../py/runtime.ts";
import { state } from "../py/interp_state.ts";
import {
  applySpeeds,
  cookedAttrs,
  copyAttrs,
  ICANON,
  ISIG,
  isValidSpeed,
  makeRaw,
  NCCS,
  speedOf,
  SPEEDS,
  TCSAFLUSH,
  TCSANOW,
  type TermAttrs,
  VMIN,
  VTIME,
} from "./termios_attrs.ts";

const EBADF = 9, EINVAL = 22, ENOTTY = 25;
const INT64_MAX = (1n << 63n) - 1n;

/** mp_obj_get_int on a 64-bit port, as a bigint. */
function int64(v: PyValue): bigint {
  const i = BigInt(getInt(v));
  if (i > INT64_MAX || i < -INT64_MAX - 1n) {
    raise(OverflowError, "overflow converting long int to machine word");
  }
  return i;
}

/** The low 32 bits, unsigned (tcflag_t, speed_t) or signed (int). */
const uint32 = (v: PyValue) => Number(BigInt.asUintN(32, int64(v)));
const int32 = (v: PyValue) => Number(BigInt.asIntN(32, int64(v)));

/** Is `fd` open in this interpreter but not a standard stream (a file or socket)? */
function isOpenOther(fd: number): boolean {
  if (state.fds.has(fd)) return true;
  try {
    state.host.files.seek(fd, 0, 1);
    return true;
  } catch {
    return false;
  }
}

/** Raise what tcgetattr/tcsetattr raise for `fd` unless it is a terminal. */
function checkTerminal(fd: number): void {
  if (fd >= 0 && fd <= 2) {
    if (state.host.terminal?.isTerminal(fd)) return;
    throw newException(OSError, ENOTTY);
  }
  throw newException(OSError, fd > 2 && isOpenOther(fd) ? ENOTTY : EBADF);
}

/** One c_cc character from a str or bytes: its first byte, 0 when empty (mp_obj_str_get_str). */
function ccChar(v: PyValue): number {
  if (typeof v === "string") return v.length === 0 ? 0 : new TextEncoder().encode(v)[0];
  if (v instanceof PyBytes) return v.data.length === 0 ? 0 : v.data[0];
  return raise(TypeError, `can't convert '${typeOf(v).name}' object to str implicitly`);
}

function attrsList(a: TermAttrs): PyList {
  const cc: PyValue[] = [];
  for (let i = 0; i < NCCS; i++) {
    cc.push(i === VMIN || i === VTIME ? a.cc[i] : new PyBytes(a.cc.slice(i, i + 1)));
  }
  const speed = speedOf(a);
  return new PyList([a.iflag, a.oflag, a.cflag, a.lflag, speed, speed, new PyList(cc)]);
}

/** The attributes a tcsetattr list describes, converted in modtermios.c's order. */
function attrsFrom(list: PyValue): [TermAttrs, number, number] {
  const item = (i: number) => getItem(list, i);
  const a: TermAttrs = {
    iflag: uint32(item(0)),
    oflag: uint32(item(1)),
    cflag: uint32(item(2)),
    lflag: uint32(item(3)),
    cc: new Uint8Array(NCCS),
  };
  const cc = item(6);
  for (let i = 0; i < NCCS; i++) {
    const v = getItem(cc, i);
    a.cc[i] = i === VMIN || i === VTIME ? uint32(v) & 0xff : ccChar(v);
  }
  return [a, uint32(item(4)), uint32(item(5))];
}

export function makeTermiosModule(): [string, PyValue][] {
  let current = cookedAttrs();
  const install = (a: TermAttrs) => {
    current = a;
    const raw = (a.lflag & ICANON) === 0;
    state.host.terminal?.setRaw(raw, raw && (a.lflag & ISIG) !== 0);
  };

  const tcgetattr = (args: PyValue[]) => {
    checkTerminal(int32(args[0]));
    return attrsList(current);
  };

  const tcsetattr = (args: PyValue[]) => {
    const fd = int32(args[0]);
    let when = int32(args[1]);
    if (when === 0) when = TCSANOW;
    const [a, ispeed, ospeed] = attrsFrom(args[2]);
    if (!isValidSpeed(ispeed) || !isValidSpeed(ospeed)) throw newException(OSError, EINVAL);
    applySpeeds(a, ispeed, ospeed);
    if (when < TCSANOW || when > TCSAFLUSH) throw newException(OSError, EINVAL);
    checkTerminal(fd);
    install(a);
    return null;
  };

  const setraw = (args: PyValue[]) => {
    checkTerminal(int32(args[0]));
    const a = copyAttrs(current);
    makeRaw(a);
    install(a);
    return null;
  };

  return [
    ["tcgetattr", builtin("tcgetattr", tcgetattr, 1, 1)],
    ["tcsetattr", builtin("tcsetattr", tcsetattr, 3, 3)],
    ["setraw", builtin("setraw", setraw, 1, 1)],
    ["TCSANOW", TCSANOW],
    ...SPEEDS,
  ];
}
