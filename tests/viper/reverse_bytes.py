# oracle: unix
# requires: viper
import micropython


@micropython.viper
def reverse(buf, n: int):
    p = ptr8(buf)
    i = 0
    j = n - 1
    while i < j:
        t = p[i]
        p[i] = p[j]
        p[j] = t
        i += 1
        j -= 1


@micropython.viper
def is_palindrome(buf, n: int) -> bool:
    p = ptr8(buf)
    for i in range(n // 2):
        if p[i] != p[n - 1 - i]:
            return False
    return True


for word in (b"stressed", b"a", b"", b"abcd"):
    b = bytearray(word)
    reverse(b, len(b))
    print(word, b)
print(is_palindrome(b"racecar", 7), is_palindrome(b"abca", 4), is_palindrome(b"", 0))
