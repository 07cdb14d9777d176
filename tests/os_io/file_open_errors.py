# oracle: unix
# open() of what isn't a readable file: errnos as the unix port gives them.
import os

os.mkdir("/tmp/_upy_os_io_open_errors_dir")
for path, mode in (("/tmp/_upy_os_io_missing.txt", "r"), ("/tmp/_upy_os_io_nodir/x.txt", "w"), ("/tmp/_upy_os_io_open_errors_dir", "w")):
    try:
        open(path, mode)
    except OSError as e:
        print(path, mode, "OSError", e, e.errno)
f = open("/tmp/_upy_os_io_open_errors_dir")
for name, op in (("read", f.read), ("readline", f.readline)):
    try:
        op()
    except OSError as e:
        print(name, "OSError", e)
f.close()
try:
    open("/tmp/_upy_os_io_open_errors_dir", "rb").read(3)
except OSError as e:
    print("rb read OSError", e)
os.rmdir("/tmp/_upy_os_io_open_errors_dir")
