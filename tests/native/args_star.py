# oracle: unix, strip-native
import micropython


@micropython.native
def collect(*args, **kwargs):
    return args, sorted(kwargs.items())


@micropython.native
def forward(f, *args, **kwargs):
    return f(*args, **kwargs)


@micropython.native
def mixed(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, sorted(extra)


print(collect(), collect(1, 2, x=3))
print(forward(collect, 1, *[2, 3], y=4, **{"z": 5}))
print(forward(max, 3, 9, 2), forward(sorted, [3, 1], reverse=True))
print(mixed(1, c=3), mixed(1, 5, 6, 7, c=8, e=9, d=0))
