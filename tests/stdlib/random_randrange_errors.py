import random


def t(*args):
    try:
        print(args, random.randrange(*args))
    except Exception as e:
        print(args, type(e).__name__, e.args)


random.seed(5)
t(0)
t(-3)
t(5, 5)
t(6, 5)
t(1, 5, 0)
t(5, 1, 1)
t(1, 5, -1)
t(1, 1, 1)
t(1.5)
t("3")
t(1, 2.0)
t(1, 5, 1.0)
t(2**31)
t(0, 2**40)
t()
t(1, 2, 3, 4)
