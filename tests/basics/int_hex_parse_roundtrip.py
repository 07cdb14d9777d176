for n in (0, 1, 255, 4096, 2 ** 31, 2 ** 63 - 1, 2 ** 100):
    h = hex(n)
    print(h, int(h, 16) == n, int(h, 0) == n, int(oct(n), 0) == n, int(bin(n), 0) == n)
print(int("-0x10", 16), int("0b-1" if False else "-0b1", 2) if False else int("-101", 2))
