s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip(""), "aaa".strip("a"))
print("www.example.com".lstrip("w."), "file.txt..".rstrip("."))
print("abc".center(9), "abc".center(2), "ab".center(7))
print("42".zfill(5) if hasattr("", "zfill") else "-", "-42".zfill(6) if hasattr("", "zfill") else "-")
print("abc".ljust(6, ".") if hasattr("", "ljust") else "-", "abc".rjust(6) if hasattr("", "rjust") else "-")
