# oracle: unix
# requires: viper
import micropython

# ptr8() of bytes and str gives their data: reading is fine.


@micropython.viper
def ascii_sum(s) -> int:
    p = ptr8(s)
    n = int(len(s))
    t = 0
    for i in range(n):
        t += p[i]
    return t


@micropython.viper
def count_char(s, c: int) -> int:
    p = ptr8(s)
    n = int(len(s))
    k = 0
    for i in range(n):
        if p[i] == c:
            k += 1
    return k


print(ascii_sum(b"ABC"), ascii_sum("ABC"), ascii_sum(""))
print(count_char("mississippi", ord("s")), count_char(b"aaa", 97))
