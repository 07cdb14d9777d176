from pkg.rel import combined
print(combined())
import pkg.rel
print(pkg.rel.__name__)
