print(chr(65), chr(97), chr(48), chr(0x3b1), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("\n"), ord("é"), ord("€"), ord("😀"), ord(b"a"), ord(b"\xff"))
for bad in (lambda: chr(-1), lambda: chr(0x110000)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
print([chr(ord(c) + 1) for c in "HAL"])
