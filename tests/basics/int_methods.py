print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int(3.9), int(-3.9), int("  -0  "), int("+12"))
print(int("101", 2), int("777", 8), int("Zz", 36), int("0x10", 16), int("0o10", 0))
for bad in ("", "12a", "1.5", "0x", " "):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError", e)
