s = {1, 2, 3}
s |= {4}
print(sorted(s))
s &= {1, 2, 4, 8}
print(sorted(s))
s -= {1}
print(sorted(s))
s ^= {2, 9}
print(sorted(s))
s.update([10, 11], {12})
print(sorted(s))
s.intersection_update({4, 10, 99})
print(sorted(s))
s.difference_update({4})
print(sorted(s))
s.symmetric_difference_update({10, 20})
print(sorted(s))
print({x % 3 for x in range(10)})
try:
    {[]}
except TypeError as e:
    print("TypeError", e)
