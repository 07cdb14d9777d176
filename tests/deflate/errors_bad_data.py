# Bad data: EINVAL for a wrong header or corrupt blocks or checksum, EOFError when cut short.
import deflate, io

Z = b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]"

def check(data, fmt=deflate.AUTO, wbits=0):
    try:
        print(deflate.DeflateIO(io.BytesIO(data), fmt, wbits).read())
    except Exception as e:
        print(type(e).__name__, e)

check(b"")
check(b"x")
check(b"x\x9d" + Z[2:])  # header check fails
check(b"\x79\x9c" + Z[2:])  # not deflate
check(b"\x88\x98" + Z[2:])  # window too big
check(b"x\xbb" + Z[2:])  # preset dictionary
check(Z[:-4] + b"\x00\x00\x00\x00")  # Adler-32 wrong
check(Z[:-2])
check(Z[:8])
check(Z, deflate.GZIP)
check(Z, deflate.RAW)
check(b"\x07", deflate.RAW)  # reserved block type
check(b"\x00\x05\x00\x00\x00abc", deflate.RAW)  # stored length check
check(b"\x01\x03\x00\xfc\xffabc", deflate.RAW)
check(b"\x01\x03\x00\xfc\xffab", deflate.RAW)
check(b"hello world")
