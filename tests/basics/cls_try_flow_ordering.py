# try/except/else/finally ordering with return, break, continue and re-raise
log = []
def f(mode):
    log.clear()
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError(mode)
        if mode == "return":
            return "ret-try"
    except ValueError:
        log.append("except")
        return "ret-except"
    else:
        log.append("else")
        return "ret-else"
    finally:
        log.append("finally")
for m in ("raise", "return", "plain"):
    print(m, f(m), log)
def override(mode):
    try:
        if mode:
            raise KeyError(mode)
        return "try"
    finally:
        return "finally wins"
print(override(""), override("k"))
def loops():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(("body", i))
        finally:
            out.append(("fin", i))
    else:
        out.append("else-not-run")
    return out
print(loops())
def while_break():
    i = 0
    out = []
    while True:
        try:
            try:
                i += 1
                if i == 3:
                    raise ValueError
            except ValueError:
                out.append("caught")
                break
            finally:
                out.append("inner fin %d" % i)
        finally:
            out.append("outer fin %d" % i)
    return out
print(while_break())
def finally_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "swallowed by break"
print(finally_break())
def finally_continue_count():
    n = 0
    for i in range(3):
        try:
            if i == 1:
                raise KeyError
        except KeyError:
            n += 10
            continue
        else:
            n += 1
        finally:
            n += 100
    return n
print(finally_continue_count())
def nested_return():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_return())
def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise IndexError("from else")
    finally:
        print("fin after else")
try:
    else_raises()
except IndexError as e:
    print("IndexError", e)
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise KeyError("other")
        except KeyError:
            pass
        raise
try:
    reraise()
except Exception as e:
    print(type(e).__name__, e)
