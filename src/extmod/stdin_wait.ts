// Standard input without blocking the event loop, where the port can read it in the background
// (Host.stdinPoll): sys.stdin / sys.stdin.buffer / fd 0 become pollable by select.poll, and
// input() on the top-level loop suspends until a whole line has arrived.
import type { PyValue } from "../py/obj.ts";
import { inputHook } from "../py/builtins_core.ts";
import { stdinStream } from "../py/mod_sys.ts";
import { state } from "../py/interp_state.ts";
import { getAttr } from "../py/runtime.ts";
import { canSuspend, Suspend } from "../py/vm.ts";
import { type NativePollable, notifyIO, waitFor } from "./host_wait.ts";

const POLLIN = 0x01;
const POLLOUT = 0x04;

/** stdin as a pollable: readable when a read would not block (data buffered, or EOF). */
export const stdinPollable: NativePollable = {
  pollReady: () => {
    const host = state.host;
    return host.stdinPoll === undefined || host.stdinPoll(false, notifyIO) ? POLLIN : 0;
  },
};

/** Writable standard streams are always ready. */
const stdoutPollable: NativePollable = { pollReady: () => POLLOUT };

/** The standard streams by file descriptor, for poll.register(fd). */
export const STD_POLLABLES: readonly NativePollable[] = [
  stdinPollable,
  stdoutPollable,
  stdoutPollable,
];

/** For select's hook list: the sys.stdin objects map to the stdin pollable. */
export function stdinPollableOf(obj: PyValue): NativePollable | undefined {
  if (obj === stdinStream || obj === getAttr(stdinStream, "buffer")) return stdinPollable;
  return undefined;
}

inputHook.readLine = (finish) => {
  const host = state.host;
  const poll = host.stdinPoll?.bind(host);
  if (poll === undefined || !canSuspend() || poll(true, notifyIO)) {
    return finish(host.readLine());
  }
  return new Suspend(
    waitFor(() => poll(true, notifyIO) ? true : undefined, -1).then(() => finish(host.readLine())),
  );
};
