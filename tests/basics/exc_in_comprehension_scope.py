def safe(fn, v):
    try:
        return fn(v)
    except Exception as e:
        return type(e).__name__
print([safe(lambda x: 10 // x, v) for v in (1, 0, 5)])
print({v: safe(int, v) for v in ("1", "x")})
try:
    [1 // 0 for _ in range(1)]
except ZeroDivisionError:
    print("caught from comprehension")
