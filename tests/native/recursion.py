# oracle: unix, strip-native
import micropython


@micropython.native
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@micropython.native
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


@micropython.native
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


@micropython.native
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + p)
    return out


print([fib(n) for n in range(15)])
print(ackermann(2, 3), ackermann(1, 5))
print(hanoi(3, "A", "C", "B", []))
print(permutations("abc"))
