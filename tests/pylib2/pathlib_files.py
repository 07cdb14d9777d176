# oracle: skip
# expected: from the unix port v1.27.0 (../shared/firmware/micropython-1.27.0-unix-x86_64) running
# this program in a scratch folder under /tmp beside micropython-lib's pathlib.py (the
# WebAssembly oracle's file system reports emscripten errno values, e.g. ENOENT as 44).
# write/read text and bytes, exists/is_file/is_dir, stat, touch, unlink, rename
import os
from pathlib import Path

base = Path("_pathlib_files_tmp")
base.mkdir()
f = base / "hello.txt"
print(f.exists(), f.is_file(), base.is_dir(), base.is_file())
f.write_text("hi there\n")
print(f.exists(), f.is_file(), f.is_dir(), f.read_text(), f.stat()[6])
g = base / "data.bin"
g.write_bytes(b"\x00\x01\x02")
print(g.read_bytes(), g.stat()[6])
with (base / "x.txt").open("w") as fp:
    fp.write("via open")
with (base / "x.txt").open() as fp:
    print(fp.read())
t = base / "touched"
t.touch()
print(t.exists(), t.read_bytes())
t.touch()
try:
    t.touch(exist_ok=False)
except OSError as e:
    print("OSError", e.errno == 17)
f.rename(str(base / "renamed.txt"))
print(f.exists(), (base / "renamed.txt").read_text())
print(sorted(os.listdir(str(base))))
for name in ("renamed.txt", "data.bin", "x.txt", "touched"):
    (base / name).unlink()
(base / "gone").unlink(missing_ok=True)
try:
    (base / "gone").unlink()
except OSError as e:
    print("OSError", e.errno == 2)
base.rmdir()
print(base.exists())
