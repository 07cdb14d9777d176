import random

random.seed(11)
print([random.choice([10, 20, 30, 40]) for _ in range(12)])
print("".join(random.choice("abcdef") for _ in range(20)))
print([random.choice((None, True, 1.5)) for _ in range(8)])
print([random.choice(range(100, 200, 7)) for _ in range(8)])
print([random.choice(b"xyz") for _ in range(8)])
print([random.choice(bytearray(b"\x01\x02")) for _ in range(8)])
print([random.choice({0: "zero", 1: "one"}) for _ in range(6)])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "item%d" % i


print([random.choice(Seq()) for _ in range(6)])


def t(arg):
    try:
        print(random.choice(arg))
    except Exception as e:
        print(type(e).__name__, e.args)


t([])
t("")
t(())
t(5)
t(None)
t({})
