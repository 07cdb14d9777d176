# A name is a qstr in MicroPython (at most 255 UTF-8 bytes): %-format keys, ** keyword names
# and dotted module names are names too.
def long_name(n, first="a"):
    return "".join(chr(ord(first) + i % 26) for i in range(n))


for n in (254, 255, 256, 300):
    key = long_name(n)
    for label, thunk in (
        ("%", lambda: ("%(" + key + ")s") % {key: n}),
        ("b%", lambda: (b"%(" + key.encode() + b")d") % {key: n}),
        ("**", lambda: (lambda **kw: len(kw))(**{key: n})),
        ("format", lambda: ("{" + key + "}").format(**{key: n})),
    ):
        try:
            print(label, n, thunk())
        except RuntimeError as e:
            print(label, n, "RuntimeError", e)

for n in (126, 127, 128, 200):
    for stmt in ("import %s.%s", "from %s.%s import x"):
        try:
            exec(stmt % (long_name(n), long_name(n, "A")))
        except ImportError:
            print(n, "ImportError")
        except RuntimeError as e:
            print(n, "RuntimeError", e)
