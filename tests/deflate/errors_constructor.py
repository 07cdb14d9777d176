# Constructor arguments: format and wbits ranges, types, counts, keywords.
import deflate, io

def check(*args, **kw):
    try:
        print(deflate.DeflateIO(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

s = io.BytesIO()
check(s)
check(s, 3, 15, True)
check(s, 4)
check(s, -1)
check(s, 0, 4)
check(s, 0, 16)
check(s, 0, 5)
check(s, 0, -8)
check(s, 1.0)
check(s, "1")
check(s, 0, None)
check()
check(s, 0, 0, False, 1)
check(s, format=1)
check(s, 2**40)
check(s, True)
