# re flags: the flag argument of compile/match/search/sub; what exists; dot, ^ and $ semantics
import re
print([n for n in ("I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "DEBUG", "X", "VERBOSE", "A", "ASCII", "U") if hasattr(re, n)])
def t(label, f):
    try:
        r = f()
        print(label, r.group(0) if hasattr(r, "group") else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
t("no flag", lambda: re.compile("abc").match("ABC"))
t("flag 0", lambda: re.compile("a", 0).match("a"))
t("flag 1", lambda: re.compile("a", 1).match("a"))
t("flag 2", lambda: re.compile("a", 2).match("A"))
t("flag str", lambda: re.compile("a", "x").match("a"))
t("flag None", lambda: re.compile("a", None).match("a"))
t("match flags", lambda: re.match("a", "a", 0))
t("search flags", lambda: re.search("b", "ab", 0))
t("sub flags", lambda: re.sub("a", "b", "aa", 0, 0))
t("sub 5 args", lambda: re.sub("a", "b", "aa", 1, 0))
t("sub 6 args", lambda: re.sub("a", "b", "aa", 1, 0, 9))
t("dot newline", lambda: re.match("a.b", "a\nb"))
t("dot cr", lambda: re.match("a.b", "a\rb"))
t("caret", lambda: re.search("^x", "y\nx"))
t("dollar nl", lambda: re.search("a$", "a\n"))
t("dollar", lambda: re.search("a$", "ba"))
t("dollar mid", lambda: re.search("a$b", "a\nb"))
