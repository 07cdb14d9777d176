print(str(0.1), str(100.5), str(-2.0), str(1.0e-4), str(12345678.9))
print("%s %s %s" % (1.0, 2.50, 3.125), [0.5, 0.25], (1e-9,))
print("{} {} {}".format(1.5, 1e21, 1e-21))
print(float("0.1") + float("0.2"), float(" 7 "), float("-0"))
