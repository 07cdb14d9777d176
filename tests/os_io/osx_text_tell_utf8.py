# oracle: unix
# In text mode tell() and seek() count bytes: positions after multi-byte characters, and
# reading from a position inside one.
import os

N = "_tmp_osx_text_tell.txt"
text = "a\u00e9b\u20acc\U0001f600d\n\u00e9\u00e9\n"
with open(N, "w") as f:
    print(f.write(text), f.tell())
with open(N) as f:
    pos = []
    while True:
        c = f.read(1)
        if not c:
            break
        pos.append((c, f.tell()))
    print(pos)
with open(N) as f:
    print(f.readline(), f.tell(), f.readline(), f.tell())
for p in range(0, 8):
    with open(N) as f:
        f.seek(p)
        try:
            print(p, repr(f.read(2)))
        except UnicodeError as e:
            print(p, "UnicodeError")
with open(N) as f:
    print(f.seek(0, 2), f.read(), f.seek(-3, 2), repr(f.read()))
os.remove(N)
