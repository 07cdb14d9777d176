# str.format with positional/keyword mixes, **dict, repeated and missing keys
d = {"name": "upy", "ver": 1.27, "n": 3}
print("{name} v{ver} x{n}".format(**d), "{0}{name}{1}".format("<", ">", **d), "{n:03d}|{ver:.3f}".format(**d))
print("{a}{a}{a}".format(a="r"), "{0}{0}{1}{1}".format(1, 2), "{}-{}".format(*"xy"), "{x}".format(x={"k": 1}))
print("{0:>{1}}|{0:<{1}}|{0:^{w}}".format("m", 5, w=7), "{:{fill}>{width}}".format("z", fill="*", width=4))
for fmt, args, kw in [("{a}", (), {}), ("{a}", (1,), {}), ("{0}", (), {"0": 1}), ("{1}", (1,), {}), ("{b}", (), {"a": 1}),
                      ("{0}{a}", (1,), {"a": 2}), ("{}", (1, 2, 3), {}), ("{}{}", (1,), {}), ("{0}{}", (1,), {}),
                      ("{a}", (), {"a": None}), ("{ab}", (), {"ab": "x"}), ("{a b}", (), {"a b": "sp"}), ("{1a}", (), {"1a": 1})]:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("{} {}".format("only",) if False else "{}".format("only"), "".format(), "x".format(1, 2, k=3))
