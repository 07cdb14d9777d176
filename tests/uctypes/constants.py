import uctypes

for n in sorted(dir(uctypes)):
    if n[0].isupper():
        print(n, getattr(uctypes, n))
print([n for n in sorted(dir(uctypes)) if n[0].islower() and not n.startswith("_")])
print(uctypes.struct, uctypes.__name__)
