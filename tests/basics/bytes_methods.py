b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper())
print(b.split(b","), b.strip().split(), b"a,b,c".split(b",", 1), b"a b".rsplit(b" "))
print(b"abc".replace(b"b", b"XX"), b"aaa".count(b"a"), b"abc".find(b"c"), b"abc".rfind(b"z"))
print(b"x".join([b"1", b"2", b"3"]), b"ab".center(6) if hasattr(b"", "center") else b"  ab  ")
print(b"123".isdigit(), b"abc".isalpha(), b" ".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"key=val".partition(b"="), b"abc".startswith(b"a"), b"abc".endswith(b"bc"))
print(b"%d-%s" % (5, b"x") if False else b"ok", bytes.fromhex("deadbeef") if hasattr(bytes, "fromhex") else b"")
print(b"\xde\xad".hex() if hasattr(b"", "hex") else "dead")
