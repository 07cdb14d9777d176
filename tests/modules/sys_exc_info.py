# oracle: unix
# sys.exc_info(): the exception a handler runs for, cleared when the handler ends
import sys

print(sys.exc_info())
try:
    raise ValueError(5)
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb)
print(sys.exc_info())


def f():
    try:
        1 / 0
    except:
        return sys.exc_info()[0]


print(f())
try:
    try:
        raise KeyError(1)
    finally:
        print("finally", sys.exc_info()[0])
except KeyError:
    pass
for i in range(2):
    try:
        raise OSError(i)
    except OSError as e:
        pass
print(sys.exc_info()[1])
