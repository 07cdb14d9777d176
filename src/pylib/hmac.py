# upy's hmac: the API and behaviour of micropython-lib's hmac 3.4.4 (RFC 2104). With MicroPython's
# built-in hash objects (no copy()), digest() finalises the HMAC.

__version__ = "3.4.4"


class HMAC:
    def __init__(self, key, msg=None, digestmod=None):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes/bytearray")
        import hashlib

        if digestmod is None:
            digestmod = hashlib.md5  # CPython's old default
        if callable(digestmod):
            make = digestmod
        elif isinstance(digestmod, str):
            make = lambda d=b"": getattr(hashlib, digestmod)(d)
        else:
            make = digestmod.new
        self._outer = make()
        self._inner = make()
        self.digest_size = getattr(self._inner, "digest_size", None)
        self.block_size = getattr(self._inner, "block_size", 64)
        if len(key) > self.block_size:
            key = make(key).digest()
        key = key + bytes(self.block_size - len(key))
        self._outer.update(bytes(b ^ 0x5C for b in key))
        self._inner.update(bytes(b ^ 0x36 for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + getattr(self._inner, "name", type(self._inner).__name__)

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        if not hasattr(self._inner, "copy"):
            raise NotImplementedError()
        other = self.__class__.__new__(self.__class__)
        other.block_size = self.block_size
        other.digest_size = self.digest_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        # the outer hash over the inner digest; shares (and finalises) the outer hash when it
        # cannot be copied
        outer = self._outer
        if hasattr(outer, "copy"):
            outer = outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        import binascii

        return str(binascii.hexlify(self.digest()), "utf-8")


def new(key, msg=None, digestmod=None):
    return HMAC(key, msg, digestmod)
