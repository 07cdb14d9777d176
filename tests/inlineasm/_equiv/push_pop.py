def high_regs(a, b):
    return b * (a + b)
def poly(x):
    return x * x + 3 * x + 7
def stack_swap(a, b):
    return b - a
print(high_regs(3, 4), high_regs(10, -2))
print([poly(x) for x in range(-3, 4)])
print(stack_swap(10, 3), stack_swap(-5, 5))
