# b"%s" % x inserts the raw bytes only of exact bytes; a bytes subclass goes through str().
# oracle: unix
class B(bytes): pass
class S(str): pass
print(b"%s|%r" % (B(b"ab"), B(b"cd")))
print("%s" % S("x"), b"%s" % b"q", b"%s" % bytearray(b"z"))
