# str() and bytes() take no keyword arguments (CPython's encoding=/errors=): MicroPython raises
# NotImplementedError before looking at the rest; bytearray() raises TypeError.
cases = (
    lambda: str(b"abc", encoding="utf8"),
    lambda: str(object=1),
    lambda: str(b"abc", "utf8", errors="x"),
    lambda: bytes("abc", encoding="utf8"),
    lambda: bytes(source=1),
    lambda: bytearray("abc", encoding="utf8"),
    lambda: str(b"abc", "utf8"),
    lambda: bytes("abc", "utf8"),
    lambda: str(),
    lambda: bytes(),
)
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
