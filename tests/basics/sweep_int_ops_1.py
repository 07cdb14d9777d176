# Generated differential-sweep program (str/bytes/dict/set/int/float edge cases) that found a bug.
try:
    print(float(True))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(-1 * 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(complex(3, 255))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(7 == 2**62)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod(-2**64, -1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(3) is 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(pow(True, 10**20, 97) if 10**20 >= 0 else 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hash(2**31))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(-1 / 2**30)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(abs(2**64))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(str(255)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 * 3)
except Exception as e:
    print(type(e).__name__, e)
