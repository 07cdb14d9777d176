for z in (1 + 2j, -1.5 - 0.25j, 1e20j, complex(1e-5, 1e5), 0.1 + 0.2j, complex(float("inf"), 1)):
    print(z, repr(z), str(z))
print("%s %r" % (1j, 2j), "{}".format(3 + 0j))
print(complex(1, 0) == 1, complex(0, 0) == 0, bool(0j), bool(1j))
