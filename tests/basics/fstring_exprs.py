a, b = 3, 4
print(f"{a}+{b}={a + b}", f"{a * b:>5}", f"{a / b:.3f}", f"{a ** b}")
items = ["x", "y"]
print(f"{items[0]}{items[-1]}", f"{len(items)}", f"{items!r}")
d = {"n": 5}
print(f"{d['n'] * 2}", f"{'yes' if a < b else 'no'}", f"{str(a).zfill(3) if hasattr('', 'zfill') else '003'}")
class P:
    def __init__(self):
        self.v = 9
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(f"{p} {p!r} {p!s} {p.v}")
print(f"{{{a}}}", f"{a}{{}}")
width = 8
print(f"{'centered':^{width + 4}}|")
