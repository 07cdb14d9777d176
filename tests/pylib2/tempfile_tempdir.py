# oracle: skip
# expected: from the unix port v1.27.0 (../shared/firmware/micropython-1.27.0-unix-x86_64) running
# this program in a scratch folder under /tmp beside micropython-lib's shutil.py and tempfile.py
# (the WebAssembly oracle does not freeze shutil or tempfile).
import os
import tempfile

here = "_tempfile_tempdir_tmp"
with tempfile.TemporaryDirectory(prefix="x", dir=here) as name:
    print(name.startswith(here + "/x"), len(name) - len(here) - 1)
    os.mkdir(name + "/sub")
    with open(name + "/sub/file", "w") as f:
        f.write("data")
    print(os.listdir(name))
print(os.listdir(here))
t = tempfile.TemporaryDirectory(dir=here)
r = repr(t)
print(r.startswith("<TemporaryDirectory '" + here + "/"), r.endswith("'>"), len(r))
t.cleanup()
try:
    t.cleanup()  # rmtree of a missing folder: ENOENT is not swallowed
except OSError as e:
    print("OSError", e.errno == 2)
print(os.listdir(here))
os.rmdir(here)
