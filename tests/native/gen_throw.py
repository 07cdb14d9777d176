# oracle: unix, strip-native
import micropython


@micropython.native
def resilient():
    n = 0
    while n < 3:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("recovered from", e)
            yield "after " + str(e)


@micropython.native
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = resilient()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g), next(g))
c = cleanup()
print(next(c))
c.close()
c2 = cleanup()
print(list(c2))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e.args)
