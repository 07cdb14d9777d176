# sequence * negative, zero, bool and big counts, both operand orders
for seq in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab")):
    for n in (-(2**30), -1, 0, False, True, 2, 3):
        print(repr(seq), n, seq * n, n * seq)
for seq in ([1], "a", (1,)):
    for n in (1.0, "2", None, [2]):
        try:
            print(seq * n)
        except TypeError as e:
            print(repr(seq), repr(n), "TypeError", e)
print(len([0] * 1000), len("ab" * 500), ("x",) * 0 == (), [] * 2**30)
for n in (2**70, -(2**70)):
    try:
        print(len([1] * n))
    except OverflowError as e:
        print(n, "OverflowError", e)
