def sum_squares(a, b):
    return a * a + b * b
def collatz_steps(n):
    v = 27
    for _ in range(n):
        v = 3 * v + 1 if v & 1 else v // 2
    return v
print(sum_squares(3, 4), sum_squares(-5, 12), sum_squares(0, 0), sum_squares(1000, 1000))
print([collatz_steps(n) for n in range(12)], collatz_steps(111))
