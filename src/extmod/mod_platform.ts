// platform: what the interpreter runs on, in the unix port's formats (extmod/modplatform.c):
// platform() is "<system>-<version>-<machine>-<system version>-with-<libc><libc version>".
// upy reports the operating system and machine the host names, the JS engine as the compiler
// (what compiled upy's code), and no libc, which it does not link (as the WebAssembly build
// reports). A host that says nothing gives empty fields, as that build does.
import { builtin, type PyValue } from "../py/obj.ts";
import { PyTuple } from "../py/obj_tuple.ts";
import { state } from "../py/interp_state.ts";

const MICROPYTHON_VERSION = "1.27.0";

/** uname-style names of the OS names JS runtimes report. */
const SYSTEM_NAMES: Record<string, string> = {
  linux: "Linux",
  darwin: "Darwin",
  windows: "Windows",
  freebsd: "FreeBSD",
  netbsd: "NetBSD",
  android: "Android",
};

export function makePlatformModule(): [string, PyValue][] {
  const facts = state.host.platform ?? { os: "", machine: "", engine: "" };
  const system = SYSTEM_NAMES[facts.os] ?? facts.os;
  const platform = `${system}-${MICROPYTHON_VERSION}-${facts.machine}--with-`;
  const libc = new PyTuple(["", ""]);
  return [
    // Both accept and ignore any arguments, as MicroPython's do.
    ["platform", builtin("platform", () => platform, 0, -1, true)],
    ["python_compiler", builtin("python_compiler", () => facts.engine, 0, 0)],
    ["libc_ver", builtin("libc_ver", () => libc, 0, -1, true)],
  ];
}
