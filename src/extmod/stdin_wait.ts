// Standard input without blocking the event loop, where the port can read it in the background
// (Host.stdinPoll): sys.stdin / sys.stdin.buffer / fd 0 become pollable by select.poll, and
// input() on the top-level loop suspends until a whole line has arrived.
import type { PyValue } from "../py/obj.ts";
import { inputHook, readInputLine } from "../py/builtins_core.ts";
import { stderrStream, stdinStream, stdoutStream } from "../py/mod_sys.ts";
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
    if (host.stdPollFlags !== undefined) return host.stdPollFlags(0, notifyIO);
    return host.stdinPoll === undefined || host.stdinPoll(false, notifyIO) ? POLLIN : 0;
  },
};

/** stdout or stderr: as the host sees the descriptor, else always writable. */
function outputPollable(fd: number): NativePollable {
  return { pollReady: () => state.host.stdPollFlags?.(fd, notifyIO) ?? POLLOUT };
}

/** The standard streams by file descriptor, for poll.register(fd). */
export const STD_POLLABLES: readonly NativePollable[] = [
  stdinPollable,
  outputPollable(1),
  outputPollable(2),
];

/** For select's hook list: sys.stdin, sys.stdout and sys.stderr (and their buffers) map to
 * their descriptors' pollables. */
export function stdinPollableOf(obj: PyValue): NativePollable | undefined {
  const streams = [stdinStream, stdoutStream, stderrStream];
  for (let fd = 0; fd < streams.length; fd++) {
    if (obj === streams[fd] || obj === getAttr(streams[fd], "buffer")) return STD_POLLABLES[fd];
  }
  return undefined;
}

inputHook.readLine = (finish) => {
  const host = state.host;
  const poll = host.stdinPoll?.bind(host);
  if (poll === undefined || !canSuspend() || poll(true, notifyIO)) {
    return finish(readInputLine(host));
  }
  return new Suspend(
    waitFor(() => poll(true, notifyIO) ? true : undefined, -1).then(() =>
      finish(readInputLine(host))
    ),
  );
};
