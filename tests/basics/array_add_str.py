# array + str appends the str's UTF-8 bytes (str has the buffer protocol in MicroPython).
import array
print(array.array("b", [1]) + "ab")
print(array.array("h", [1]) + "ab")
a = array.array("b", [1])
a += "z"
print(a)
