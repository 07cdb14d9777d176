# partition/rpartition on str and bytes, edge separators
for t in ["", "abc", "a-b-c", "-", "--", "a--b", "\u00e9-\u00e9", "x\U0001F600y"]:
    for sep in ["-", "--", "a", "c", "abc", "\U0001F600", "zz"]:
        print(repr(t), repr(sep), t.partition(sep), t.rpartition(sep))
for t in [b"a=b=c", b"", b"==", bytearray(b"k=v")]:
    print(t.partition(b"="), t.rpartition(b"="))
for bad in ["", None, 1]:
    try:
        print("abc".partition(bad))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print("abc".rpartition(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    b"a".partition("a")
except Exception as e:
    print(type(e).__name__)
