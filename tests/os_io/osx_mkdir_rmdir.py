# oracle: unix
# os.mkdir/rmdir: nested folders, trailing slashes, and removing them in order.
import os

B = "_tmp_osx_mk"
paths = [B, B + "/a", B + "/a/b", B + "/a/b/c", B + "/z/"]
for p in paths:
    try:
        print(p, os.mkdir(p))
    except OSError as e:
        print(p, "OSError", e.errno)
print(sorted(os.listdir(B)), os.listdir(B + "/a"), os.listdir(B + "/a/b"))
for p in (B + "/a", B + "/a/b", B + "/a/b/c/", B + "/a/b/c", B + "/a/b", B + "/a", B + "/z/", B + "/z", B):
    try:
        print(p, os.rmdir(p))
    except OSError as e:
        print(p, "OSError", e.errno)
print(B in os.listdir())
for bad in (None, 5, b"_tmp_osx_mk_bytes"):
    try:
        os.mkdir(bad)
        print(repr(bad), "made", os.stat(bad)[0] & 0o170000 == 0o040000)
        os.rmdir(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for args in ((), ("a", 1, 2)):
    try:
        os.mkdir(*args)
    except TypeError as e:
        print(len(args), "TypeError", e)
try:
    os.mkdir("_tmp_osx_mk_mode", 0o700)
    print("mode arg ok", os.stat("_tmp_osx_mk_mode")[0] & 0o170000 == 0o040000)
    os.rmdir("_tmp_osx_mk_mode")
except Exception as e:
    print("mode arg", type(e).__name__, e)
