# io.StringIO/BytesIO: how read/readline/readinto/seek/the constructor take their size arguments
# (checked words, unchecked small ints, unsigned limits) and what closed streams refuse
import io
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("read big", lambda: io.StringIO("x").read(2**40))
t("read 2**31", lambda: io.BytesIO(b"x").read(2**31))
t("readline big", lambda: io.StringIO("x\ny").readline(2**40))
t("read float", lambda: io.StringIO("x").read(1.0))
t("read str", lambda: io.StringIO("x").read("1"))
t("readinto n", lambda: io.BytesIO(b"abc").readinto(bytearray(5), 2))
t("readinto big", lambda: io.BytesIO(b"abc").readinto(bytearray(5), 2**40))
t("readinto neg", lambda: io.BytesIO(b"abc").readinto(bytearray(5), -1))
t("bytesio init big", lambda: io.BytesIO(2**40))
t("stringio init neg", lambda: io.StringIO(-1).getvalue())
t("write ret", lambda: io.StringIO().write("é中"))
t("bytesio write ret", lambda: io.BytesIO().write("x"))
t("read closed", lambda: (lambda s: (s.close(), s.read()))(io.StringIO("a")))
t("readline closed", lambda: (lambda s: (s.close(), s.readline()))(io.StringIO("a")))
t("getvalue closed", lambda: (lambda s: (s.close(), s.getvalue()))(io.BytesIO(b"a")))
t("seek closed", lambda: (lambda s: (s.close(), s.seek(0)))(io.BytesIO(b"a")))
t("tell closed", lambda: (lambda s: (s.close(), s.tell()))(io.BytesIO(b"a")))
t("close twice", lambda: (lambda s: (s.close(), s.close()))(io.BytesIO(b"a")))
t("flush closed", lambda: (lambda s: (s.close(), s.flush()))(io.BytesIO(b"a")))
t("iter closed", lambda: (lambda s: (s.close(), list(s)))(io.BytesIO(b"a")))
t("exit args", lambda: io.BytesIO().__exit__(None, None, None))
for v in (1.5, "a", 2**40, -2**40, 2**30, -5, True, 0, 1, -1):
    for cls, init in ((io.StringIO, "abc\ndef"), (io.BytesIO, b"abc\ndef")):
        try:
            print(repr(v), repr(cls(init).readline(v)))
        except Exception as e:
            print(repr(v), type(e).__name__, e)
for v in (-1, 0, 10**9, 2**40, 1.5):
    for cls in (io.StringIO, io.BytesIO):
        try:
            print(repr(v), repr(cls(v).getvalue()))
        except Exception as e:
            print(repr(v), type(e).__name__, e)
for args in ((1.0,), (0, 1.0), (2**40,), (0, 2**40), ("0",)):
    try:
        print(args, io.BytesIO(b"abc").seek(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
