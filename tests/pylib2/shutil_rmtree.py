# oracle: skip
# expected: from the unix port v1.27.0 (../shared/firmware/micropython-1.27.0-unix-x86_64) running
# this program in a scratch folder under /tmp beside micropython-lib's shutil.py and tempfile.py
# (the WebAssembly oracle does not freeze shutil or tempfile).
import os
import shutil

top = "_shutil_rmtree_tmp"
os.mkdir(top)
os.mkdir(top + "/a")
os.mkdir(top + "/a/b")
os.mkdir(top + "/empty")
for name in ("f1", "a/f2", "a/b/f3", "a/b/f4"):
    with open(top + "/" + name, "w") as f:
        f.write(name)
print(sorted(os.listdir(top)), sorted(os.listdir(top + "/a/b")))
shutil.rmtree(top + "/a/b")
print(sorted(os.listdir(top + "/a")))
shutil.rmtree(top)
print(top in os.listdir("."))
try:
    shutil.rmtree("")
except ValueError:
    print("ValueError")
try:
    shutil.rmtree(top)
except OSError as e:
    print("OSError", e.errno == 2)
