// A block device given from Python, seen from the format code (src/fs): MicroPython's protocol
// as extmod/vfs_blockdev.c drives it. readblocks(block, buf[, offset]) and writeblocks(block,
// buf[, offset]) (littlefs passes the offset: the extended interface; FAT does not and moves
// whole blocks), ioctl(op, arg) with ops 1 init, 3 sync, 4 block count, 5 block size, 6 erase;
// a device without ioctl uses the old protocol: count() and sync(), 512-byte blocks. A device
// without writeblocks is read-only. A Python exception raised by the device reaches the program
// as it is (DeviceError carries it through the format code).
import type { PyValue } from "../py/obj.ts";
import { PyByteArray } from "../py/obj_bytes.ts";
import { isException, newException, OSError, type PyBaseException } from "../py/obj_exception.ts";
import { getSmallInt } from "../py/obj_int.ts";
import { call, getAttr, lookupAttr } from "../py/runtime.ts";
import { type BlockDevice, ERRNO, FsError } from "../fs/types.ts";

export const IOCTL = { INIT: 1, DEINIT: 2, SYNC: 3, BLOCK_COUNT: 4, BLOCK_SIZE: 5, ERASE: 6 };

/** A Python exception raised inside a device call, carried through the format code. */
export class DeviceError extends FsError {
  constructor(readonly exception: PyBaseException) {
    super(ERRNO.EIO, "block device error");
  }
}

/** The last device failure: the format code may turn a DeviceError into an error of its own
 * (a mount's probe of the superblock says "no filesystem"); the VFS raises this one instead. */
export const deviceFailure = { last: undefined as DeviceError | undefined };

/** A block device from Python, with the sync the VFS calls after each change. */
export interface PythonDevice extends BlockDevice {
  sync(): void;
}

/** Run a device call; a Python exception from it becomes a DeviceError. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isException(e)) throw deviceFailure.last = new DeviceError(e);
    throw e;
  }
}

/** An error code returned by the extended readblocks/writeblocks/erase (littlefs: negative). */
function checkResult(ret: PyValue): void {
  if (typeof ret === "number" && ret < 0) throw newException(OSError, -ret);
}

/** Bind the device's methods as mp_vfs_blockdev_init does, then ask it for its geometry:
 * `extended` (littlefs) inits with 1 and needs ioctl(5) to answer; FAT inits with 0 and takes
 * 512 when ioctl(5) gives None. */
export function pythonBlockDevice(bdev: PyValue, extended: boolean): PythonDevice {
  const readblocks = getAttr(bdev, "readblocks");
  const writeblocks = lookupAttr(bdev, "writeblocks");
  const ioctlFn = lookupAttr(bdev, "ioctl");
  const syncFn = ioctlFn === undefined ? lookupAttr(bdev, "sync") : undefined;
  const countFn = ioctlFn === undefined ? getAttr(bdev, "count") : undefined;
  const ioctl = (op: number, arg: number): PyValue => {
    if (ioctlFn !== undefined) return call(ioctlFn, [op, arg]);
    if (op === IOCTL.SYNC && syncFn !== undefined) call(syncFn, []);
    if (op === IOCTL.BLOCK_COUNT) return call(countFn!, []);
    return null;
  };
  ioctl(IOCTL.INIT, extended ? 1 : 0);
  const size = ioctl(IOCTL.BLOCK_SIZE, 0);
  const blockSize = size === null && !extended ? 512 : getSmallInt(size);
  const blockCount = getSmallInt(ioctl(IOCTL.BLOCK_COUNT, 0));
  const args = (block: number, buf: PyByteArray, offset: number) =>
    extended ? [block, buf, offset] : [block, buf];
  const dev: PythonDevice = {
    blockSize,
    blockCount,
    readBlocks(block, buf, offset = 0) {
      const b = new PyByteArray(buf);
      guard(() => {
        const ret = call(readblocks, args(block, b, offset));
        if (extended) checkResult(ret);
      });
      if (b.data !== buf) buf.set(b.data.subarray(0, buf.length));
    },
    eraseBlock(block) {
      guard(() => checkResult(getSmallInt(ioctl(IOCTL.ERASE, block))));
    },
    sync() {
      guard(() => ioctl(IOCTL.SYNC, 0));
    },
  };
  if (writeblocks !== undefined) {
    dev.writeBlocks = (block, buf, offset = 0) =>
      guard(() => {
        const ret = call(writeblocks, args(block, new PyByteArray(buf.slice()), offset));
        if (extended) checkResult(ret);
      });
  }
  return dev;
}
