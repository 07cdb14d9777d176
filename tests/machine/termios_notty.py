# oracle: unix
# The tests run with stdin from /dev/null and the other streams on pipes or files: nothing is a
# terminal (ENOTTY, errno 25, which MicroPython has no name for); a closed descriptor is EBADF.
import termios


def t(f):
    try:
        print(f())
    except OSError as e:
        print("OSError", e.errno, e)
    except Exception as e:
        print(type(e).__name__, e)


for fd in (0, 1, 2, 3, 99, -1, 2**40, 2**32 + 1):
    t(lambda: termios.tcgetattr(fd))
    t(lambda: termios.setraw(fd))
t(lambda: termios.tcgetattr("a"))
t(lambda: termios.tcgetattr(None))
t(lambda: termios.tcgetattr(2**70))
t(lambda: termios.tcgetattr())
t(lambda: termios.setraw(0, 1))
