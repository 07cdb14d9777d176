# oracle: unix
# The rest of os as the unix port has it.
import os

print(sorted(dir(os)))
print(os.sep, os.errno(7), os.errno())
print(os.errno(0), os.errno())
print(len(os.urandom(0)), len(os.urandom(7)), type(os.urandom(1)).__name__)
print(len(os.statvfs("/")), len(os.stat(".")), type(os.stat("/")).__name__)
print(os.stat(".")[0] & 0x4000 != 0)
for op in (lambda: os.listdir(None), lambda: os.stat(None), lambda: os.stat(1)):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
