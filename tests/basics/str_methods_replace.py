s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("xyz", "!"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "".replace("", "x"))
print("abc".replace("b", ""), "Mississippi".replace("ss", "SS"))
print("hello" * 2, 3 * "ab", "x" * 0, "x" * -1)
print("abc" + "def", "a" < "b", min("hello"), max("hello"))
print(list("abc"), tuple("ab"), sorted("banana"))
print("%s" % ord("a"), chr(97), chr(0x263A), ord("\u263a"))
