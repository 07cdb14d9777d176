# divmod on mixed types; hash values of numbers and containers
for a, b in ((7, 2), (-7, 2), (7, -2), (7.5, 2), (-7, 2.5), (2**70, 3), (-(2**70), 7), (True, 2), (0, 5), (1, -(2**70))):
    print(a, b, divmod(a, b))
for a, b in ((1, 0), (1.0, 0), (2**70, 0), (1, 0.0)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError", e)
for a, b in (("a", 1), (1, "a"), (1j, 1), (None, 1)):
    try:
        divmod(a, b)
    except TypeError as e:
        print(repr(a), repr(b), "TypeError", e)
for v in (0, 1, -1, -2, 2**30 - 1, 2**30, 2**31, -(2**31), 2**62, 2**64, -(2**64), 10**30, True, False, 0.0, 1.0, -1.0, 1.5, 2.0**40, 1e100, "", "a", b"a", (), (1, 2), frozenset(), None):
    print(repr(v), hash(v))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
print(hash(1) == hash(1.0) == hash(True), hash(2**40) == hash(2.0**40), hash((1, 2)) == hash((1.0, 2.0)))
