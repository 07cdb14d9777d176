# oracle: unix
# time.clock() exists on the unix port: processor seconds as a float, non-decreasing.
import time

a = time.clock()
b = time.clock()
print(type(a).__name__, a >= 0, b >= a)
print("clock" in dir(time))
