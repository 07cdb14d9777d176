s = "Hello World abc"
print(s.upper(), s.lower(), s.swapcase() if hasattr(s, "swapcase") else "-")
print(s.isupper(), s.islower(), "ABC".isupper(), "abc".islower(), "".islower())
print("abc123".isalpha(), "abc".isalpha(), "123".isdigit(), "12a".isdigit())
print(" \t\n".isspace(), "".isspace(), "a b".isspace())
print("hello".capitalize() if hasattr("", "capitalize") else "-")
print("a1".isalnum() if hasattr("", "isalnum") else "-")
