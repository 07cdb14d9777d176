vals = [1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), 1j, bytearray()]
types = [int, float, str, bytes, list, tuple, dict, set, frozenset, bool, range, complex, bytearray]
for v in vals:
    print(repr(v), [t.__name__ for t in types if isinstance(v, t)])
