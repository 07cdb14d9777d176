# oracle: unix
# seek(offset, whence) over a 20-byte file: results, tell() after, errors for bad positions.
import os

N = "_tmp_osx_seek_whence.bin"
with open(N, "wb") as f:
    f.write(bytes(range(65, 85)))
with open(N, "rb") as f:
    for off in (-25, -20, -1, 0, 1, 5, 19, 20, 21, 100):
        for whence in (0, 1, 2):
            f.seek(7)
            try:
                r = f.seek(off, whence)
                print(off, whence, r, f.tell(), f.read(2))
            except OSError as e:
                print(off, whence, "OSError", e.errno, f.tell())
    for whence, off in ((-1, 0), (3, 0), (3, 5), (3, 20), (3, -1), (4, 0), (4, 19), (4, 25), (10, 0)):
        try:
            print(whence, off, f.seek(off, whence), f.tell())
        except Exception as e:
            print("whence", whence, type(e).__name__, e)
    for bad in (1.5, None, "1", 2 ** 70):
        try:
            print(f.seek(bad))
        except Exception as e:
            print("offset", repr(bad)[:10], type(e).__name__, e)
    try:
        f.seek(0, None)
    except Exception as e:
        print("whence None", type(e).__name__, e)
os.remove(N)
