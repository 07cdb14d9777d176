# for/while else with break/continue, nested loops, and loops over empty iterables
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print("not found", target)
for t in [3, 9, None]:
    search([1, 3, 5, None], t)
search([], 1)

def primes(n):
    out = []
    for c in range(2, n):
        for d in range(2, c):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(primes(40))

i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
else:
    print("while else ran, i =", i)
i = 0
while True:
    i += 1
    if i > 2:
        break
else:
    print("unreachable")
print("i =", i)

# while with false condition at start: else runs
while False:
    pass
else:
    print("empty while else")

# nested break only leaves the inner loop, else of outer still runs
for a in range(3):
    for b in range(3):
        if b == 1:
            break
    else:
        print("inner else", a)
else:
    print("outer else")

# continue in the last iteration still runs else
for k in range(3):
    if k == 2:
        continue
else:
    print("else after continue", k)

# return from inside a loop with else
def ret(seq):
    for s in seq:
        if s:
            return "ret " + str(s)
    else:
        return "else"
print(ret([0, 0, 4]), ret([0]), ret([]))

# else with exceptions
def exc_in_loop():
    try:
        for q in range(3):
            if q == 1:
                raise ValueError(q)
        else:
            print("no")
    except ValueError as e:
        print("ValueError", e)
exc_in_loop()

# loop variables persist and are set even when else runs
for last in range(4):
    pass
else:
    print("last", last)
for empty in []:
    pass
else:
    print("empty loop", "empty" in dir())

# while-else inside generator
def g():
    n = 0
    while n < 3:
        yield n
        n += 1
    else:
        yield "else"
print(list(g()))
