# bytes patterns and subjects: results have the subject's type.
import re
from _t import t

t(re.match, b"a+", b"aab")
t(re.match, "a+", b"aab")
t(re.match, b"a+", "aab")
t(re.search, rb"\d+", b"x42y")
t(re.compile(b"[\x80-\xff]+").match, b"\x80\xfe\x7f")
# Bytes compare as signed chars: a range from a-z up to \xff is empty.
t(re.compile(b"[a-\xff]").match, b"b")
t(re.compile(b"[\x01-\x7f]+").match, b"abc\x80")
t(re.compile(b".").match, b"\xff")
t(re.sub, b"o", b"0", b"foo")
t(re.sub, "o", "0", b"foo")
t(re.sub, b"o", "0", "foo")
t(re.compile(b",").split, b"a,b,c")
t(re.match, bytearray(b"a"), "a")
t(re.match, "a", bytearray(b"a"))
t(re.match, "a", memoryview(b"a"))
