# json.loads: the error type and message for many malformed documents
import json
docs = ["", " ", "[", "]", "{", "}", "[1,]", "[,1]", "{,}", '{"a"}', '{"a":}', '{"a" 1}', '{1: 2}', "[1 2]",
        "tru", "nul", "fals", "True", "NaN", "Infinity", "-", "--1", "1.", ".5", "1e", "1e+", "01", "0x10",
        '"abc', '"\\x41"', '"\\u12"', '"\\uZZZZ"', '"\\', "'s'", "[1]]", "[1] [2]", "{}x", "\x00", "1 2",
        "[\"a\" \"b\"]", '{"a":1,}', '{"a":1 "b":2}', "[[[[[[", "]]]", "\t\n[\t1\n]\r", "  null  ", "+1", "-0", "-0.0"]
for d in docs:
    try:
        print(repr(d), "->", repr(json.loads(d)))
    except Exception as e:
        print(repr(d), type(e).__name__, e)
