# oracle: unix
# os on the host's file system (the VfsPosix mounted at "/"): directories, files, errors.
import os

D = "scratch_os_host"


def clean(p):
    try:
        for name in os.listdir(p):
            q = p + "/" + name
            if os.stat(q)[0] & 0x4000:
                clean(q)
            else:
                os.remove(q)
        os.rmdir(p)
    except OSError:
        pass


clean(D)
try:
    os.mkdir(D)
except OSError as e:
    print("mkdir", e.errno)
try:
    os.mkdir(D)
except OSError as e:
    print("mkdir again", e.errno)
with open(D + "/a.txt", "w") as f:
    print(f.write("hello\n"), f.write("world\n"))
with open(D + "/a.txt", "a") as f:
    f.write("more\n")
with open(D + "/a.txt") as f:
    print(f.readlines())
with open(D + "/a.txt", "r+b") as f:
    f.seek(6)
    f.write(b"W")
    print(f.tell())
    f.seek(0)
    print(f.read())
os.mkdir(D + "/sub")
print(sorted(os.listdir(D)))
print(sorted((e[0], e[1]) for e in os.ilistdir(D)))
st = os.stat(D + "/a.txt")
print(st[0] & 0xF000 == 0x8000, st[6], os.stat(D)[0] & 0xF000 == 0x4000)
os.rename(D + "/a.txt", D + "/sub/b.txt")
print(os.listdir(D + "/sub"))
for name, f, p in (
    ("rmdir", os.rmdir, D + "/sub"),
    ("remove", os.remove, D + "/nope"),
    ("remove dir", os.remove, D + "/sub"),
    ("listdir", os.listdir, D + "/zz"),
    ("stat", os.stat, D + "/zz"),
    ("open", open, D + "/zz"),
    ("chdir", os.chdir, D + "/zz"),
):
    try:
        f(p)
    except OSError as e:
        print(name, e.errno)
here = os.getcwd()
os.chdir(D)
print(os.getcwd() == here + "/" + D, os.listdir("sub"))
os.chdir("..")
print(os.getcwd() == here)
os.remove(D + "/sub/b.txt")
os.rmdir(D + "/sub")
os.rmdir(D)
print(D in os.listdir())
print(os.sep, len(os.urandom(5)), type(os.urandom(0)))
os.putenv("UPY_TEST_VAR", "x1")
print(os.getenv("UPY_TEST_VAR"), os.getenv("UPY_NO_SUCH_VAR"), os.getenv("UPY_NO_SUCH_VAR", 5))
os.unsetenv("UPY_TEST_VAR")
print(os.getenv("UPY_TEST_VAR"))
print(os.system("exit 3"))
