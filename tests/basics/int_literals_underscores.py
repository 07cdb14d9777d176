print(1_0, 0b1_1, 0o7_7, 0xF_F, 1_000_000 + 1)
print(int("1_000"), int("0x_1f", 16) if False else int("1f", 16))
print(123_456_789 * 1_000)
try:
    int("_1")
except ValueError as e:
    print("ValueError", e)
