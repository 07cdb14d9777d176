# raw UTF-8 text inside strings, from str and from bytes
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, '"caf\u00e9"')
t(json.loads, '["\u20ac", "\U0001f600"]')
t(json.loads, '{"\u00fc": "\u00f6"}')
t(json.loads, b'"caf\xc3\xa9"')
t(json.loads, b'["\xe2\x82\xac"]')
t(json.loads, "\u00e9")
t(json.loads, "[\u00e9]")
print(len(json.loads('"\U0001f600\u00e9"')))
