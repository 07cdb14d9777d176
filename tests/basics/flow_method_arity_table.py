# methods of the built-in types called with 0-3 arguments and an unknown keyword: the arity errors
samples = ["ab", [1], {"a": 1}, {1}, b"ab", bytearray(b"ab"), 5, 1.5, (1,), frozenset([1]), range(3)]
for obj in samples:
    names = sorted(n for n in dir(obj) if not n.startswith("_"))
    for n in names:
        m = getattr(obj, n)
        if not callable(m):
            continue
        row = []
        for k in range(4):
            probe = obj.copy() if hasattr(obj, "copy") else obj
            m = getattr(probe, n)
            try:
                m(*([0] * k))
                row.append("ok")
            except TypeError as e:
                s = str(e)
                row.append(s if "argument" in s or "keyword" in s else "T")
            except Exception as e:
                row.append(type(e).__name__)
        try:
            getattr(obj.copy() if hasattr(obj, "copy") else obj, n)(qq=1)
            row.append("kw ok")
        except TypeError as e:
            row.append("kw: " + str(e))
        except Exception as e:
            row.append("kw " + type(e).__name__)
        print(type(obj).__name__, n, row)

print(bytes.fromhex("6162"), bytearray.fromhex("41"), b"".fromhex("4243"), type(bytearray().fromhex("")).__name__)
class B(bytes): pass
print(type(B.fromhex("41")).__name__)
for bad in [lambda: bytes.fromhex(), lambda: b"".fromhex("41", 1), lambda: bytes.fromhex(1), lambda: bytes.fromhex("4"), lambda: bytes.fromhex("zz")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
