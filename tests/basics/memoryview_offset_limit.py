# oracle: board
# A memoryview slice may start at most 0xFFFFFF items in (the 24-bit offset field of a 32-bit
# build); uctypes.bytearray_at makes a buffer that large without allocating it.
from uctypes import bytearray_at

mv = memoryview(bytearray_at(0, 0x1000002))
print(mv[0xFFFFFF:0x1000000])
print(len(mv[0xFFFFFF:]))
try:
    mv[0x1000000:0x1000001]
except OverflowError as e:
    print("OverflowError", e)
