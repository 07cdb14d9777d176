# Shared by the re tests: print a result or the exception it raised, and a match's groups.


def num(m):
    # A match object has only group(); its repr tells how many groups it has.
    return int(repr(m)[len("<match num="):-1])


def groups(m):
    if m is None:
        return None
    return tuple(m.group(i) for i in range(num(m)))


def t(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
        return
    if repr(r).startswith("<match"):
        r = groups(r)
    print(repr(r))
