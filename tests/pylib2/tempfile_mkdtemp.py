# oracle: skip
# expected: from the unix port v1.27.0 (../shared/firmware/micropython-1.27.0-unix-x86_64) running
# this program in a scratch folder under /tmp beside micropython-lib's shutil.py and tempfile.py
# (the WebAssembly oracle does not freeze shutil or tempfile).
import os
import tempfile

here = "_tempfile_mkdtemp_tmp"
d = tempfile.mkdtemp(dir=here)
print(os.listdir(".").count(here), d.startswith(here + "/"), len(d) - len(here) - 1)
e = tempfile.mkdtemp(suffix=".sfx", prefix="pre_", dir=here)
name = e[len(here) + 1 :]
print(name.startswith("pre_"), name.endswith(".sfx"), len(name))
print(all(c in tempfile._ascii_letters for c in name[4:12]))
print(sorted(os.listdir(here)) == sorted([d[len(here) + 1 :], name]))
print(tempfile._sanitize_inputs(None, None, None), tempfile._sanitize_inputs("s", "p", "d"))
print(len(tempfile._get_candidate_name()), len(tempfile._get_candidate_name(3)))
print(tempfile._try(os.mkdir, d), tempfile._try(os.rmdir, d), tempfile._try(os.rmdir, e))
try:
    tempfile._try(os.rmdir, d)
except OSError as x:
    print("OSError", x.errno == 2)
os.rmdir(here)
t = tempfile.mkdtemp()
print(t.startswith("/tmp/"), os.stat(t)[0] & 0x4000 != 0)
os.rmdir(t)
