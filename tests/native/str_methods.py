# oracle: unix, strip-native
import micropython


@micropython.native
def transform(s):
    return s.upper(), s.lower(), s.strip(), s.replace("o", "0"), s.split(), s.find("o")


@micropython.native
def checks(s):
    return s.isdigit(), s.isalpha(), s.startswith("ab"), s.endswith("z"), s.count("a")


@micropython.native
def joiner(words, sep):
    return sep.join(w.capitalize() if hasattr(w, "capitalize") else w for w in words)


@micropython.native
def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


print(transform("  Hello World, foo  "))
print(checks("12345"), checks("abcz"), checks("aBa"))
print(joiner(["ab", "cd"], "-"))
print(caesar("hello, world", 3), caesar(caesar("zebra", 5), 21))
print("a,b,,c".split(","), "x=1".partition("="), "%s|%5s|%-3d|" % ("p", "q", 7))
