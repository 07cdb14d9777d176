// errno: the codes MicroPython defines, and errorcode mapping them back (py/moderrno.c).
import type { PyValue } from "./obj.ts";
import { PyDict } from "./obj_dict.ts";
import { errnoNames } from "./obj_exception.ts";

/** [name, code] in MicroPython's declaration order (the errorcode dict is built in it). */
export const ERRNO_CODES: [string, number][] = [
  ["EPERM", 1],
  ["ENOENT", 2],
  ["EIO", 5],
  ["EBADF", 9],
  ["EAGAIN", 11],
  ["ENOMEM", 12],
  ["EACCES", 13],
  ["EEXIST", 17],
  ["ENODEV", 19],
  ["EISDIR", 21],
  ["EINVAL", 22],
  ["EOPNOTSUPP", 95],
  ["EADDRINUSE", 98],
  ["ECONNABORTED", 103],
  ["ECONNRESET", 104],
  ["ENOBUFS", 105],
  ["ENOTCONN", 107],
  ["ETIMEDOUT", 110],
  ["ECONNREFUSED", 111],
  ["EHOSTUNREACH", 113],
  ["EALREADY", 114],
  ["EINPROGRESS", 115],
];

/** Name of an errno code, for OSError messages like "[Errno 2] ENOENT". */
export function errnoName(code: number): string | undefined {
  for (const [name, c] of ERRNO_CODES) if (c === code) return name;
  return undefined;
}

export function makeErrnoModule(): [string, PyValue][] {
  // A ROM table in MicroPython, iterated in declaration order (ascending codes). With more
  // slots than the largest code, each int key sits at its own value, so a plain dict iterates
  // in that order too and still compares equal to other dicts.
  const slots = ERRNO_CODES[ERRNO_CODES.length - 1][1] + 1;
  const errorcode = new PyDict(undefined, slots);
  for (const [name, code] of ERRNO_CODES) errorcode.set(code, name);
  errorcode.fixed = true;
  return [...ERRNO_CODES, ["errorcode", errorcode]];
}

errnoNames.lookup = errnoName;
