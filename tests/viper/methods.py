# oracle: unix
# requires: viper
import micropython


class Buffer:
    def __init__(self, size):
        self.data = bytearray(size)
        self.size = size

    @micropython.viper
    def fill(self, value: int):
        p = ptr8(self.data)
        n = int(self.size)
        for i in range(n):
            p[i] = value + i

    @micropython.viper
    def total(self) -> int:
        p = ptr8(self.data)
        s = 0
        for i in range(int(self.size)):
            s += p[i]
        return s

    @staticmethod
    @micropython.viper
    def clamp(x: int) -> int:
        return 0 if x < 0 else (255 if x > 255 else x)


b = Buffer(5)
b.fill(10)
print(list(b.data), b.total())
print([Buffer.clamp(v) for v in (-4, 7, 300)], b.clamp(9))
