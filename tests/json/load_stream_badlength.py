# oracle: unix
# json.load from an IOBase stream whose readinto claims more bytes than the buffer holds: the
# unfilled byte is a NUL, which ends the input (it looped forever).
import io, json
class S(io.IOBase):
    def ioctl(self, c, a): return 0
    def readinto(self, buf): return 3
try:
    json.load(S()); print("OK")
except Exception as e:
    print(type(e).__name__, e)
