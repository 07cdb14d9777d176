# oracle: unix, strip-native
import micropython


@micropython.native
def greet(name, greeting="hello", punct="!"):
    return "%s, %s%s" % (greeting, name, punct)


@micropython.native
def append_to(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst


@micropython.native
def shared_default(x, acc=[]):
    acc.append(x)
    return len(acc)


print(greet("ann"), greet("bob", "hi"), greet("cy", "yo", "?"))
print(append_to(1), append_to(2), append_to(3, [0]))
print(shared_default("a"), shared_default("b"), shared_default("c", []))
