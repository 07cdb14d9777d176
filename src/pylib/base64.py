# upy's base64: the API and output of micropython-lib's base64 3.3.6 (RFC 3548 Base16, Base32
# and Base64), over binascii.

import re
import struct
import binascii

__version__ = "3.3.6"

__all__ = [
    "encode",
    "decode",
    "encodebytes",
    "decodebytes",
    "b64encode",
    "b64decode",
    "b32encode",
    "b32decode",
    "b16encode",
    "b16decode",
    "standard_b64encode",
    "standard_b64decode",
    "urlsafe_b64encode",
    "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return s
    raise TypeError("argument should be bytes or ASCII string, not %s" % s.__class__.__name__)


def _maketrans(f, t):
    # byte -> byte table (bytes.maketrans is not in MicroPython)
    if len(f) != len(t):
        raise ValueError("maketrans arguments must have same length")
    return dict(zip(f, t))


def _translate(data, table):
    return bytes(table.get(b, b) for b in data)


def b64encode(s, altchars=None):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes, not %s" % s.__class__.__name__)
    out = binascii.b2a_base64(s)[:-1]
    if altchars is not None:
        if not isinstance(altchars, bytes_types):
            raise TypeError("expected bytes, not %s" % altchars.__class__.__name__)
        assert len(altchars) == 2, repr(altchars)
        out = _translate(out, _maketrans(b"+/", altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, _maketrans(altchars, b"+/"))
    if validate and not re.match(b"^[A-Za-z0-9+/]*=*$", s):
        raise binascii.Error("Non-base64 digit found")
    return binascii.a2b_base64(s)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_").rstrip(b"\n")


def urlsafe_b64decode(s):
    # as micropython-lib: not provided
    raise NotImplementedError()


# index -> letter, as a dict (micropython-lib's layout, kept for introspection)
_b32alphabet = {i: b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[i : i + 1] for i in range(32)}
_b32tab = [v[0] for k, v in sorted(_b32alphabet.items())]
_b32rev = dict([(v[0], k) for k, v in _b32alphabet.items()])


def b32encode(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes, not %s" % s.__class__.__name__)
    quanta, leftover = divmod(len(s), 5)
    if leftover:
        s = s + bytes(5 - leftover)
        quanta += 1
    out = bytearray()
    for i in range(quanta):
        hi, lo = struct.unpack("!IB", s[i * 5 : i * 5 + 5])
        bits = (hi << 8) | lo
        for shift in range(35, -1, -5):
            out.append(_b32tab[(bits >> shift) & 0x1F])
    pad = (0, 6, 4, 3, 1)[leftover]
    if pad:
        out = out[:-pad] + b"=" * pad
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, _maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    padchars = s.find(b"=")
    if padchars > 0:
        padchars = len(s) - padchars
        s = s[:-padchars]
    else:
        padchars = 0
    parts = []
    acc = 0
    shift = 35
    for c in s:
        val = _b32rev.get(c)
        if val is None:
            raise binascii.Error("Non-base32 digit found")
        acc += val << shift
        shift -= 5
        if shift < 0:
            parts.append(binascii.unhexlify(bytes("%010x" % acc, "ascii")))
            acc = 0
            shift = 35
    last = binascii.unhexlify(bytes("%010x" % acc, "ascii"))
    keep = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
    if keep is None:
        raise binascii.Error("Incorrect padding")
    parts.append(last[:keep])
    return b"".join(parts)


def b16encode(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes, not %s" % s.__class__.__name__)
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if re.search(b"[^0-9A-F]", s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


MAXLINESIZE = 76  # excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    # binary file to binary file, one line of base64 per MAXBINSIZE bytes
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodebytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes, not %s" % s.__class__.__name__)
    step = MAXBINSIZE
    return b"".join(binascii.b2a_base64(s[i : i + step]) for i in range(0, len(s), step))


def encodestring(s):
    import warnings

    warnings.warn("encodestring() is a deprecated alias, use encodebytes()", DeprecationWarning, 2)
    return encodebytes(s)


def decodebytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes, not %s" % s.__class__.__name__)
    return binascii.a2b_base64(s)


def decodestring(s):
    import warnings

    warnings.warn("decodestring() is a deprecated alias, use decodebytes()", DeprecationWarning, 2)
    return decodebytes(s)


def main():
    import sys, getopt

    try:
        opts, args = getopt.getopt(sys.argv[1:], "deut")
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print(
            """usage: %s [-d|-e|-u|-t] [file|-]
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'"""
            % sys.argv[0]
        )
        sys.exit(2)
    func = encode
    for o, a in opts:
        if o == "-e":
            func = encode
        if o in ("-d", "-u"):
            func = decode
        if o == "-t":
            test()
            return
    if args and args[0] != "-":
        with open(args[0], "rb") as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


def test():
    s0 = b"Aladdin:open sesame"
    print(repr(s0))
    s1 = encodebytes(s0)
    print(repr(s1))
    s2 = decodebytes(s1)
    print(repr(s2))
    assert s0 == s2


if __name__ == "__main__":
    main()
