# long ints too big for the heap: MemoryError naming the bytes asked for
for src in ["1 << (1 << 30)", "1 << ((1 << 31) - 1)", "(1 << 100) << ((1 << 31) - 200)", "-1 << (1 << 30)", "(1 << (1 << 29)) * (1 << (1 << 29))", "(1 << (1 << 29)) ** 2", "1 << (1 << 31)", "0 << ((1 << 31) - 1)", "0 ** (2 ** 100)", "1 ** (2 ** 100)", "(-1) ** (2 ** 100 + 1)", "pow(3, 2 ** 100, 1000)"]:
    try:
        r = eval(src)
        print(src, "->", r)
    except Exception as e:
        print(src, "->", type(e).__name__, e)
print("alive", len(bin(1 << 1000)))
