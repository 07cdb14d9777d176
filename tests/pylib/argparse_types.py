# type: int, float, a callable object, a str default converted by type and others left alone.
# oracle: cpython
import argparse


class Offset:
    def __init__(self, add):
        self.add = add

    def __call__(self, value):
        return int(value) + self.add


p = argparse.ArgumentParser()
p.add_argument("-a", type=int)
p.add_argument("-f", type=float, default=0.5)
p.add_argument("-c", type=Offset(10))
p.add_argument("-d", type=Offset(1), default="1")
p.add_argument("-e", type=Offset(1), default=1)
p.add_argument("-s", type=str)
p.add_argument("-m", type=int, nargs="+")
a = p.parse_args([])
print(a.a, a.f, a.c, a.d, a.e, a.s, a.m)
a = p.parse_args(["-a", "12", "-f", "2.5", "-c", "5", "-s", "text", "-m", "1", "2", "3"])
print(a.a, a.f, a.c, a.d, a.e, a.s, a.m)
try:
    p.add_argument("-z", type=())
except ValueError as e:
    print("ValueError", "not callable" in str(e))
