# splitlines with keepends over every line-ending combination
for t in ["", "a", "a\n", "\n", "\n\n", "a\nb", "a\r\nb", "a\rb", "a\r\r\nb\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h", "\r", "\r\n\r\n", "x\n\ry"]:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True), t.splitlines(False))
print(b"a\nb\r\n".splitlines() if hasattr(b"", "splitlines") else "no bytes splitlines")
try:
    print("a\nb".splitlines(foo=True))
except Exception as e:
    print(type(e).__name__, e)
