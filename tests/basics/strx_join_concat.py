# join with various iterables and separators; + and * on str/bytes; errors
seps = ["", ",", ", ", "\u00e9", "\U0001F600"]
iters = [[], ["a"], ["a", "b"], ("x", "", "y"), iter(["p", "q"]), "abc", {"k": 1}, (s for s in ["g", "h"]), map(str, range(3))]
for it in iters:
    items = list(it) if not isinstance(it, (list, tuple, str, dict)) else it
    print([sep.join(items) for sep in seps])
print(b"-".join([b"a", bytearray(b"b"), b""]), bytearray(b",").join([b"x", b"y"]), b"".join([]))
for sep, arg in [(",", [1, 2]), (",", ["a", b"b"]), (b",", ["a"]), (b",", [1]), (",", None), (",", 5), (",", [None])]:
    try:
        print(repr(sep.join(arg)))
    except Exception as e:
        print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, b"x" * 2, "" * 100)
try:
    print(bytearray(b"yz") * 2)
except Exception as e:
    print(type(e).__name__, e)
for a, b in [("a", 1), ("a", b"b"), (b"a", "b"), (1, "a"), ("a", None), ("a", 2.0), (b"a", 1.5)]:
    try:
        print(repr(a + b))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(repr(a * b))
    except Exception as e:
        print(type(e).__name__, e)
s = "x"
for i in range(5):
    s += s
print(len(s), s.count("x"))
