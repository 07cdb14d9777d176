# oracle: skip
# expected: from the unix port v1.27.0 (../shared/firmware/micropython-1.27.0-unix-x86_64) running
# this program in a scratch folder under /tmp beside micropython-lib's pathlib.py (the
# WebAssembly oracle's file system reports emscripten errno values, e.g. ENOENT as 44).
# (absolute: mkdir(parents=True) builds a relative path from the root, as micropython-lib does)
# glob and rglob with a single "*" wildcard
from pathlib import Path

top = Path("/tmp/_pathlib_glob_tmp")
(top / "sub" / "deeper").mkdir(parents=True)
for name in ("a.py", "b.py", "c.txt", "sub/d.py", "sub/e.txt", "sub/deeper/f.py"):
    (top / name).write_text(name)
print(sorted(top.glob("*.py")))
print(sorted(top.glob("*")))
print(sorted(top.rglob("*.py")))
print(sorted(top.rglob("*.txt")))
print(sorted(top.glob("sub*")))
for pattern in ("a.py", "*.*y*", "?.py"):
    try:
        print(list(top.glob(pattern)))
    except Exception as e:
        print(type(e).__name__, e)
for name in ("a.py", "b.py", "c.txt", "sub/d.py", "sub/e.txt", "sub/deeper/f.py"):
    (top / name).unlink()
for d in ("sub/deeper", "sub", ""):
    (top / d).rmdir()
print(top.exists())
