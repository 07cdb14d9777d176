# Generated differential-sweep program (str/bytes/dict/set/int/float edge cases) that found a bug.
try:
    print(min(-2**64, 10**20))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(divmod(1, 2**31))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(max(255, -7))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(str(True))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(True & 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(-128 != 2**62)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(round(True, -1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%x %o %d %5d %-5d|' % (255, 255, 255, 255, 255))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(-True)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%x %o %d %5d %-5d|' % (10**20, 10**20, 10**20, 10**20, 10**20))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(True & -128)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bin(-1))
except Exception as e:
    print(type(e).__name__, e)
