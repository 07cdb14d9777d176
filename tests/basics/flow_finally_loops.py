# try/finally with break, continue and return inside loops
log = []
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
            log.append(("body", i))
        finally:
            log.append(("fin", i))
    return i
print(loop_break(), log); log.clear()

def loop_continue():
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(("body", i))
        finally:
            log.append(("fin", i))
    return "done"
print(loop_continue(), log); log.clear()

def ret_in_loop():
    for i in range(3):
        try:
            try:
                return i
            finally:
                log.append(("inner fin", i))
        finally:
            log.append(("outer fin", i))
print(ret_in_loop(), log); log.clear()

# break in finally swallows the exception
def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed at %d" % i
print(break_swallows())

# continue in finally swallows too
def continue_swallows():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_swallows())

# return in finally overrides return in try and exceptions
def override(x):
    try:
        if x:
            raise IndexError
        return "try"
    finally:
        return "finally"
print(override(0), override(1))

# while loop with nested try/finally and break out of two levels via flags
def nested():
    i = 0
    while True:
        try:
            for j in range(3):
                try:
                    if i == 1 and j == 1:
                        break
                finally:
                    log.append((i, j))
            if i == 2:
                break
        finally:
            log.append(("w", i))
            i += 1
    return i
print(nested(), log); log.clear()

# finally runs on exception propagation through loops
def prop():
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        raise OSError(i, j)
                finally:
                    log.append(("j", j))
        finally:
            log.append(("i", i))
try:
    prop()
except OSError as e:
    print("OSError", e.args, log)
log.clear()

# generator with finally inside loop, exited by break in the consumer
def gen():
    for i in range(10):
        try:
            yield i
        finally:
            log.append(("gen fin", i))
g = gen()
for v in g:
    if v == 2:
        break
g.close()
print(log)
