# int() from text with every base, prefixes, signs, underscores and whitespace
for base in (0, 2, 8, 10, 16, 36):
    for s in ["0", "10", "-10", "+7", " 11 ", "\t101\n", "1_0", "0_1", "00", "zz", "Zz", "0x1f", "0o17", "0b101", "0X1F", "0O17", "0B11", "-0x10", "  -0b1_01  ", "1__0", "_1", "1_", "", " ", "-", "+", "0x", "09", "08"]:
        try:
            print(base, repr(s), int(s, base))
        except ValueError as e:
            print(base, repr(s), "ValueError", e)
for base in range(2, 37):
    print(base, int("10", base), int("z" if base == 36 else "1", base), int("-" + "1" * 20, base))
for base in (-1, 1, 37, 100):
    try:
        print(int("1", base))
    except ValueError as e:
        print(base, "ValueError", e)
print(int("123456789012345678901234567890"), int("-0x" + "f" * 30, 16), int("1" * 64, 2))
print(int(b"42"), int(b" -7 ", 10), int(bytearray(b"12")))
try:
    int(bytearray(b"ff"), 16)
except TypeError as e:
    print("TypeError", e)
