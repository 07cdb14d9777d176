n = 1234567890123
print("%d|%10d|%-10d|%x|%o" % (n, 42, 42, n, n))
print("{:,}".format(n), "{:_}".format(n) if False else "-", "{:>15,}".format(n))
print("{:x} {:#010b} {:+} {:03}".format(255, 255, -42, 7))
print(str(-0), repr(10 ** 19), int(str(2 ** 90)) == 2 ** 90)
print(f"{n:e}", f"{12:%}", f"{-5:05}", f"{5:<4}|")
