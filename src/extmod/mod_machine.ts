// machine as the unix port has it (ports/unix/modmachine.c): memory access, PinBase and Signal
// for pins written in Python, time_pulse_us over them, idle and soft_reset. Nothing else, so
// dir(machine) is the unix port's.
import { builtin, type PyValue } from "../py/obj.ts";
import { raise, SystemExit } from "../py/obj_exception.ts";
import { makeMemObjects } from "./machine_mem.ts";
import { pinBaseType, signalType, timePulseUsFn } from "./machine_pin.ts";

export function makeMachineModule(): [string, PyValue][] {
  return [
    ["PinBase", pinBaseType],
    ["Signal", signalType],
    // The unix port yields the CPU (sched_yield); there is nothing to wait for here.
    ["idle", builtin("idle", () => null, 0, 0)],
    ...makeMemObjects(),
    // There is no board to reset: the unix port ends the program, raising SystemExit with the
    // optional argument as its exit code.
    ["soft_reset", builtin("soft_reset", (a) => raise(SystemExit, ...a), 0, 1)],
    ["time_pulse_us", timePulseUsFn],
  ];
}
