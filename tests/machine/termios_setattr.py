# oracle: unix
# tcsetattr converts the attribute list first (TypeError), then checks the speeds and `when`
# (EINVAL), and only then the descriptor.
import termios

cc = [b"\x03", b"\x1c", b"\x7f", b"\x15", b"\x04", 0, 1] + [b"\x00"] * 25
good = [0x500, 5, 0xBF, 0x8A3B, 15, 15, cc]


def t(fd, when, attrs):
    try:
        print(termios.tcsetattr(fd, when, attrs))
    except OSError as e:
        print("OSError", e.errno)
    except Exception as e:
        print(type(e).__name__, e)


t(0, 0, good)
t(99, 0, good)
t(0, termios.TCSANOW, good)
t(0, 2, good)
t(99, 3, good)
t(99, -1, good)
t(99, 0, good[:4] + [12345, 15, cc])
t(99, 0, good[:4] + [15, 4112, cc])
t(99, 0, good[:4] + [termios.B9600, termios.B1152000, cc])
t(99, 0, ["x"] + good[1:])
t(99, 0, good[:6] + [[b"\x00"] * 32])
t(99, 0, good[:6] + [[5] * 32])
t(99, 0, good[:6] + [["", "a", "\xe9", b"", b"ab", 0, 1] + [b"\x00"] * 25])
t("0", 0, good)
t(0, "0", good)
