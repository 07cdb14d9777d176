# oracle: unix
# OSError from file and os operations: errno, args, str and repr, errno.errorcode names.
import os, errno

D = "_tmp_osx_errno_dir"
F = "_tmp_osx_errno_file.txt"
os.mkdir(D)
with open(F, "w") as f:
    f.write("x")
with open(D + "/inner", "w") as f:
    pass
cases = [
    ("open missing", lambda: open("_tmp_osx_no_such_file")),
    ("open dir for write", lambda: open(D, "w")),
    ("open dir append", lambda: open(D, "a")),
    ("open under file", lambda: open(F + "/x")),
    ("open under missing dir", lambda: open("_tmp_osx_nodir/x", "w")),
    ("mkdir existing dir", lambda: os.mkdir(D)),
    ("mkdir existing file", lambda: os.mkdir(F)),
    ("mkdir missing parent", lambda: os.mkdir("_tmp_osx_nodir/sub")),
    ("rmdir non-empty", lambda: os.rmdir(D)),
    ("rmdir file", lambda: os.rmdir(F)),
    ("rmdir missing", lambda: os.rmdir("_tmp_osx_nodir")),
    ("remove dir", lambda: os.remove(D)),
    ("remove missing", lambda: os.remove("_tmp_osx_nodir")),
    ("unlink missing", lambda: os.unlink("_tmp_osx_nodir")),
    ("rename missing", lambda: os.rename("_tmp_osx_nodir", "_tmp_osx_other")),
    ("rename file over dir", lambda: os.rename(F, D)),
    ("rename dir over file", lambda: os.rename(D, F)),
    ("listdir file", lambda: os.listdir(F)),
    ("listdir missing", lambda: os.listdir("_tmp_osx_nodir")),
    ("stat missing", lambda: os.stat("_tmp_osx_nodir")),
    ("stat under file", lambda: os.stat(F + "/x")),
    ("chdir missing", lambda: os.chdir("_tmp_osx_nodir")),
    ("chdir file", lambda: os.chdir(F)),
    ("ilistdir missing", lambda: list(os.ilistdir("_tmp_osx_nodir"))),
]
for name, op in cases:
    try:
        op()
        print(name, "ok")
    except OSError as e:
        print(name, e.errno, errno.errorcode.get(e.errno), e.args, str(e), repr(e))
os.remove(D + "/inner")
os.rmdir(D)
os.remove(F)
print(sorted(n for n in os.listdir() if n.startswith("_tmp_osx_errno")))
