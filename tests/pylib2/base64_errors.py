# type checks and validation errors
import base64


def t(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


t(base64.b64encode, "text")
t(base64.b64encode, 5)
t(base64.b64encode, b"x", "-_")
t(base64.b64decode, 5)
t(base64.b64decode, [1, 2])
t(base64.b64decode, b"aGVs$bG8=", validate=True)
t(base64.b64decode, b"aGVsbG8=", validate=True)
t(base64.b32encode, "abc")
t(base64.b16encode, None)
t(base64.encodebytes, "abc")
t(base64.decodebytes, "YWJj")
t(base64._maketrans, b"ab", b"c")
