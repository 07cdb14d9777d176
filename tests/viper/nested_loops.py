# oracle: unix
# requires: viper
import micropython

import array


@micropython.viper
def matmul(a, b, c, n: int):
    pa = ptr32(a)
    pb = ptr32(b)
    pc = ptr32(c)
    for i in range(n):
        for j in range(n):
            s = 0
            for k in range(n):
                s += pa[i * n + k] * pb[k * n + j]
            pc[i * n + j] = s


@micropython.viper
def triangle(n: int) -> int:
    count = 0
    for i in range(n):
        for j in range(i):
            count += 1
    return count


a = array.array("i", [1, 2, 3, 4, 5, 6, 7, 8, 9])
b = array.array("i", [9, 8, 7, 6, 5, 4, 3, 2, 1])
c = array.array("i", [0] * 9)
matmul(a, b, c, 3)
print(list(c))
print(triangle(10), triangle(1), triangle(100))
