// A program for the raw REPL that runs a compiled module "via .mpy", as MicroPython's test
// runner does: it defines an in-RAM file system class (the VFS protocol: mount, stat, open, ...)
// holding the host's bytes, mounts it, changes into it, imports the module and then undoes all
// of that, so the next program starts clean even without a reset.

/** Python expression for the bytes `data`: base64 text decoded on the board, a third the size
 * of a hex-escaped literal (the serial link moves only ~16 KB/s through qemu). */
export function bytesExpr(data: Uint8Array): string {
  let bin = "";
  for (const b of data) bin += String.fromCharCode(b);
  return `binascii.a2b_base64('${btoa(bin)}')`;
}

const MOUNT = "/__upyvfs";

// Kept short: every byte crosses qemu's emulated UART, slowly. An io.BytesIO serves as the open
// file (the .mpy loader reads through the stream protocol); stat answers a regular file (0x8000)
// or the mount's root directory (0x4000).
const VFS_CLASS = `import binascii, io, os, sys, vfs
class __UpyFS:
    def __init__(self, files): self.files = files
    def mount(self, readonly, mkfs): pass
    def umount(self): pass
    def chdir(self, path): pass
    def stat(self, path):
        path = path.lstrip('/')
        if path in self.files: return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        if path: raise OSError(2)
        return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    def open(self, path, mode): return io.BytesIO(self.files[path.lstrip('/')])
`;

/** Raw-REPL program that imports `module` from `<module>.mpy` holding `mpy`. */
export function importMpyProgram(module: string, mpy: Uint8Array): string {
  return VFS_CLASS + `vfs.mount(__UpyFS({'${module}.mpy': ${bytesExpr(mpy)}}), '${MOUNT}')
os.chdir('${MOUNT}')
sys.path.insert(0, '')
try:
    __import__('${module}')
finally:
    sys.path.pop(0)
    os.chdir('/')
    vfs.umount('${MOUNT}')
    sys.modules.pop('${module}', None)
    del __UpyFS
`;
}
