# Generators: yield, generator expressions and consumers.
def gen(n):
    for i in range(n):
        if i % 3:
            yield i


def chain(n):
    yield from gen(n)
    yield from gen(n // 2)


print(sum(chain(150000)), sum(x * 2 for x in gen(100000)), max(gen(25000)))
