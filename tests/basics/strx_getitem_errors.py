# str/bytes/bytearray index errors and index types
for seq in ["abc", b"abc", bytearray(b"abc"), "\u00e9\u4e2d\U0001F600"]:
    for i in [0, 2, -1, -3, 3, -4, True, False, 2**40, -(2**40), 1.0, "1", None, (1,)]:
        try:
            print(type(seq).__name__, repr(i), repr(seq[i]))
        except Exception as e:
            print(type(seq).__name__, repr(i), type(e).__name__, e)
for seq in ["abc", b"abc"]:
    try:
        seq[0] = "x"
    except Exception as e:
        print(type(e).__name__, e)
    try:
        del seq[0]
    except Exception as e:
        print(type(e).__name__, e)
