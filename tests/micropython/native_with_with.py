# oracle: strip-native
import micropython
class CM:
    def __enter__(self):
        print("enter")
        return "res"
    def __exit__(self, t, v, tb):
        print("exit", t is not None)
        return True
@micropython.native
def use():
    with CM() as r:
        print("using", r)
        raise KeyError(1)
    return "after"
print(use())
@micropython.native
def comprehension(n):
    return [i * 2 for i in range(n) if i % 2], {i: i for i in range(3)}
print(comprehension(7))
