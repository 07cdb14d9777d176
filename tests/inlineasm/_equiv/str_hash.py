def djb2(s, n):
    if isinstance(s, str):
        s = s.encode()
    h = 5381
    for c in s[:n]:
        h = (h * 33 + c) & 0xFFFFFFFF
    return h
def fnv1a(s, n):
    if isinstance(s, str):
        s = s.encode()
    h = 0x811C9DC5
    for c in s[:n]:
        h = ((h ^ c) * 0x01000193) & 0xFFFFFFFF
    return h
for s in ("", "a", "hello", "MicroPython", "asm_thumb!"):
    print(repr(s), djb2(s, len(s)), hex(fnv1a(s, len(s))))
print(djb2(b"\x00\xff" * 50, 100), hex(fnv1a(bytearray(range(200)), 200)))
