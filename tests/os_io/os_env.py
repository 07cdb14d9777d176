# oracle: unix
# os.getenv/putenv/unsetenv, seen by os.system's shell too.
import os

os.putenv("UPY_OS_ENV_T1", "v1")
print(os.getenv("UPY_OS_ENV_T1"), os.getenv("UPY_OS_ENV_NONE"), os.getenv("UPY_OS_ENV_NONE", 5))
os.unsetenv("UPY_OS_ENV_T1")
print(os.getenv("UPY_OS_ENV_T1"))
os.unsetenv("UPY_OS_ENV_T1")
os.putenv("UPY_OS_ENV_T2", "x y")
print(os.system('test "$UPY_OS_ENV_T2" = "x y"'))
os.putenv("UPY_OS_ENV_T2", "")
print(repr(os.getenv("UPY_OS_ENV_T2")))
for op in (lambda: os.getenv(1), lambda: os.putenv("A", 1), lambda: os.putenv(None, "x"),
           lambda: os.unsetenv(None)):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
