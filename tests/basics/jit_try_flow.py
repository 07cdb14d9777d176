# Functions with try/except/finally and with blocks (compiled by the JavaScript tier when hot):
# returns, break and continue through finally, re-raise, suppression, uncaught exceptions.
def f1(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        return "zde " + str(e)
    finally:
        print("f1 finally", x)
def f2(n):
    out = []
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 5:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
def f3():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            return "no"
    except ValueError as e:
        return "outer " + str(e)
def f4():
    try:
        raise OSError(2)
    except OSError:
        try:
            raise
        except OSError as e:
            return "reraised " + str(e)
class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, a, b, c):
        print("exit", self.name, a); return self.swallow
def f5(k):
    with CM("a") as a, CM("b", True):
        if k == 0:
            return "ret"
        if k == 1:
            raise ValueError("x")
    return "end"
def f6():
    r = []
    for i in range(4):
        with CM(i):
            if i == 1:
                continue
            if i == 3:
                break
            r.append(i)
    return r
def f7():
    try:
        return 1
    finally:
        return 2
def f8():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner fin", i)
        finally:
            print("outer fin", i)
def f9(x):
    while True:
        try:
            x += 1
            if x > 5:
                raise StopIteration
        except StopIteration:
            break
        finally:
            pass
    return x
def f10():
    try:
        1/0
    except:
        pass
    try:
        raise
    except RuntimeError as e:
        return "rt " + str(e)
def f11(d):
    total = 0
    for k in ["a", "b", "c", "d"]:
        try:
            total += d[k]
        except KeyError:
            total -= 1
    return total
def f12():
    try:
        try:
            raise KeyError(1)
        finally:
            print("fin12")
    except KeyError as e:
        return "k", e
for k in range(3):
    print(f1(2), f1(0))
    print(f2(8))
    print(f3(), f4())
    print(f5(0)); print(f5(1)); print(f5(2))
    print(f6(), f7(), f8(), f9(0), f10(), f11({"a": 1, "c": 5}), f12())
def bad():
    try:
        raise ValueError("v")
    finally:
        print("cleanup")
bad()
