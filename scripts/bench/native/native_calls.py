# @micropython.native: float loops, containers and calls (the desktop runs them as bytecode
# compiled by the JIT tier; the unix port as x86-64 machine code).
import micropython


@micropython.native
def mandel(w, h, iters):
    count = 0
    for y in range(h):
        for x in range(w):
            cr = 3.0 * x / w - 2.0
            ci = 2.0 * y / h - 1.0
            zr = zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            count += n
    return count


@micropython.native
def word_freq(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())[:3]


@micropython.native
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(mandel(120, 80, 60))
words = ["w%d" % (i % 97) for i in range(60000)]
print(word_freq(words))
print(fib(22))
