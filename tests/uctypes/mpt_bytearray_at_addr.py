# oracle: unix
# bytearray_at() over any address only makes an object; addressof() gives that address back.
import uctypes

for i in range(0, 12, 3):
    print(uctypes.addressof(uctypes.bytearray_at(1 << i, 8)))
print(uctypes.addressof(uctypes.bytearray_at(0x7FFFFFF0, 4)) == 0x7FFFFFF0)
print(len(uctypes.bytearray_at(64, 3)))
