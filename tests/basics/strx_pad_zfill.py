# center with widths and unicode (widths count UTF-8 bytes); ljust/rjust/zfill are absent
for t in ["", "a", "ab", "abc", "-5", "\u00e9", "\u4e2d\u6587", "x\U0001F600"]:
    print(repr(t), [t.center(w) for w in [0, 1, 2, 3, 4, 5, 6, 9]])
for t in [b"", b"ab", bytearray(b"xyz")]:
    print(repr(t), [t.center(w) for w in [0, 2, 3, 6, 7]])
for bad in [(5, "ab"), (5, "*"), ("5",), (5.0,), (None,), ()]:
    try:
        print("x".center(*bad))
    except Exception as e:
        print(type(e).__name__, e)
# widths beyond the heap: MemoryError with MicroPython's byte count
for w in [2**28, 2**30, 2**31 - 1, 2**31, 2**40, -2**31]:
    for t in ["a", b"a", bytearray(b"a")]:
        try:
            print(len(t.center(w)))
        except Exception as e:
            print(type(e).__name__, e)
for m in ["ljust", "rjust", "zfill", "expandtabs", "casefold", "swapcase", "title", "capitalize"]:
    print(m, hasattr("x", m), hasattr(b"x", m))
