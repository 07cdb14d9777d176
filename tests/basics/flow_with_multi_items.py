# with statements: several items, exit order, failures in __enter__/__exit__, suppression
log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise ValueError("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        if self.fail_exit:
            raise KeyError("exit " + self.name)
        return self.suppress

def run(label, fn):
    try:
        r = fn()
        print(label, "->", r, log)
    except Exception as e:
        print(label, "raised", type(e).__name__, e, log)
    log.clear()

def three():
    with CM("a") as a, CM("b") as b, CM("c") as c:
        return a.name + b.name + c.name
run("three", three)

def middle_enter_fails():
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        return "body"
run("middle enter fails", middle_enter_fails)

def inner_suppresses():
    with CM("outer"), CM("inner", suppress=True):
        raise IndexError
    return "after"
run("inner suppresses", inner_suppresses)

def exit_raises():
    with CM("outer"), CM("inner", fail_exit=True):
        return "body"
run("exit raises", exit_raises)

def exit_raises_during_exc():
    with CM("x", fail_exit=True):
        raise OSError("orig")
run("exit raises during exc", exit_raises_during_exc)

def suppress_then_raise():
    with CM("s", suppress=True):
        raise TypeError
    raise NameError("later")
run("suppress then raise", suppress_then_raise)

# truthiness of __exit__ result
class Truthy:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return self.ret
for ret in [0, 1, "", "x", [], [0], None]:
    try:
        with Truthy(ret):
            raise ValueError
        print(repr(ret), "suppressed")
    except ValueError:
        print(repr(ret), "propagated")

# as-targets of different kinds
class O:
    pass
o = O()
d = {}
with CM("t") as o.attr:
    pass
with CM("u") as d["k"]:
    pass
with CM("v") as (p):
    pass
print(o.attr.name, d["k"].name, p.name)
log.clear()

# objects lacking the protocol
for obj in [1, object()]:
    try:
        with obj:
            pass
    except AttributeError as e:
        print("AttributeError", e)
