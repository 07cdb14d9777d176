def count_char(s, n, c):
    return s[:n].count(chr(c))
s = "mississippi"
print(count_char(s, len(s), ord("s")), count_char(s, len(s), ord("i")), count_char(s, 4, ord("s")))
