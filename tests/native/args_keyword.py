# oracle: unix, strip-native
import micropython


@micropython.native
def box(w, h, depth=1, label="box"):
    return "%s:%dx%dx%d" % (label, w, h, depth)


@micropython.native
def kwonly(a, *, scale=2, offset=0):
    return a * scale + offset


@micropython.native
def call_with_keywords():
    return box(h=3, w=2), box(1, 2, label="tiny"), kwonly(5, offset=1), kwonly(5, scale=10)


print(call_with_keywords())
for bad in ({"w": 1}, {"w": 1, "h": 2, "colour": 3}):
    try:
        box(**bad)
    except TypeError:
        print("TypeError for", sorted(bad))
try:
    kwonly(1, 2)
except TypeError:
    print("TypeError positional")
