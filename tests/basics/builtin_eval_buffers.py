# eval and exec take any buffer as source; compile takes str or bytes only
from array import array
for f in (eval, exec):
    for src in ("1+1", b"2+2", bytearray(b"3+3"), memoryview(b"4+4"), array("b", b"5+5")):
        try:
            print(f(src))
        except Exception as e:
            print(type(e).__name__, e)
for src in ("6", b"7", bytearray(b"8"), memoryview(b"9"), 10):
    try:
        print(eval(compile(src, "f", "eval")))
    except Exception as e:
        print(type(e).__name__, e)
