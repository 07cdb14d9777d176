# \uXXXX: four hex digits (upper or lower case); other chars give odd values, no error
import json
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.loads, r'"\u0041\u00e9\u20ac"')
t(json.loads, r'"\u00E9\u00e9"')
t(json.loads, r'"\u0000"')
t(json.loads, r'"\uffff"')
t(json.loads, r'"x\u0031y"')
t(json.loads, r'"\u00zz"')
t(json.loads, r'"\u 1 2"')
t(json.loads, r'"\u12"')
t(json.loads, r'"\u"')
t(json.loads, r'"\u12345"')
print([ord(c) for c in json.loads(r'"\u0100\u0800\u7fff"')])
