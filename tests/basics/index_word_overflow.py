# An index or slice bound past a 32-bit machine word is an OverflowError (mp_obj_get_int on the
# reference build), not an IndexError; within a word it is just out of range.
import array

B = 2**31
H = 2**70
L = [1, 2, 3]
cases = [
    ("list", lambda: L[B]),
    ("list neg", lambda: L[-B]),
    ("list long", lambda: L[H]),
    ("list in word", lambda: L[2**31 - 1]),
    ("list 2**30", lambda: L[2**30]),
    ("tuple", lambda: (1, 2)[B]),
    ("str", lambda: "abc"[B]),
    ("str astral", lambda: "a\U0001f600"[B]),
    ("bytes", lambda: b"abc"[B]),
    ("bytearray", lambda: bytearray(b"ab")[B]),
    ("list pop", lambda: L.pop(B)),
    ("range", lambda: range(5)[B]),
    ("array", lambda: array.array("b", [1])[B]),
    ("slice stop", lambda: L[1:B]),
    ("slice start", lambda: L[B:H]),
    ("str slice", lambda: "abc"[1:H]),
    ("list.index", lambda: L.index(2, 0, B)),
    ("tuple.index", lambda: (1, 2).index(2, -B)),
    ("bool index", lambda: L[True]),
]
for name, f in cases:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


def setitem():
    L[B] = 0


def delitem():
    del L[B]


def bytearray_set():
    b = bytearray(b"ab")
    b[B] = 1


for f in (setitem, delitem, bytearray_set):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(L)
