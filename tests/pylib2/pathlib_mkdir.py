# oracle: skip
# expected: from the unix port v1.27.0 (../shared/firmware/micropython-1.27.0-unix-x86_64) running
# this program in a scratch folder under /tmp beside micropython-lib's pathlib.py (the
# WebAssembly oracle's file system reports emscripten errno values, e.g. ENOENT as 44).
# (absolute: mkdir(parents=True) builds a relative path from the root, as micropython-lib does)
# mkdir with parents and exist_ok; rmdir
import os
from pathlib import Path

top = Path("/tmp/_pathlib_mkdir_tmp")
deep = top / "a" / "b" / "c"
try:
    deep.mkdir()
except OSError as e:
    print("OSError", e.errno == 2)
deep.mkdir(parents=True)
print(deep.is_dir(), sorted(os.listdir(str(top))))
try:
    deep.mkdir()
except OSError as e:
    print("OSError", e.errno == 17)
deep.mkdir(exist_ok=True)
deep.mkdir(parents=True, exist_ok=True)
(top / "a" / "x").mkdir(parents=True)
print(sorted(os.listdir(str(top / "a"))))
for p in (deep, top / "a" / "b", top / "a" / "x", top / "a", top):
    p.rmdir()
print(top.exists())
