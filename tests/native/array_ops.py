# oracle: unix, strip-native
import micropython

import array


@micropython.native
def running_total(arr):
    out = array.array("i")
    s = 0
    for v in arr:
        s += v
        out.append(s)
    return out


@micropython.native
def scale(arr, k):
    for i in range(len(arr)):
        arr[i] *= k
    return arr


a = array.array("i", [3, -1, 4, -1, 5])
print(running_total(a))
print(scale(array.array("h", [1, 2, 3]), -3))
print(scale(array.array("f", [0.5, 1.5]), 2))
print(list(array.array("B", b"ab")), len(bytes(array.array("I", [7]))))
