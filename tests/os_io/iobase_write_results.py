# What an io.IOBase write() returns: None is taken as "would block", errors propagate.
import io


class NoneW(io.IOBase):
    def write(self, b):
        print("none write", bytes(b))


class ErrW(io.IOBase):
    def write(self, b):
        raise OSError(5)


print("a", file=NoneW())
try:
    print("b", file=ErrW())
except OSError as e:
    print("OSError", e)


class ValErr(io.IOBase):
    def write(self, b):
        raise ValueError("from write")


try:
    print("c", file=ValErr())
except ValueError as e:
    print("ValueError", e)
