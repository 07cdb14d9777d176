pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (5, 17), (-5, 17)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a)
big = 10 ** 25
for a, b in ((big, 7), (-big, 7), (big, -7), (7, big), (-7, big)):
    print(a // b, a % b)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
