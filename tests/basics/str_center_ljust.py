for w in (0, 3, 4, 7, 8):
    print("[%s]" % "ab".center(w), "[%s]" % "abc".center(w))
print(repr("x".center(4)), repr("xy".center(5)))
