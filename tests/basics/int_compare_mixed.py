print(1 < 2.5, 3 > 2.999, 10 ** 20 > 1e19, 2 ** 53 + 1 > 2.0 ** 53)
print(0 == 0.0 == False, 1 == 1.0 == True, -1 < 0 < 1)
print(max(1, 1.0), min(1.0, 1), max(2, 2.0, 1), sorted([2, 1.5, 1, 0.5, True]))
print(5 == "5", 5 != "5", [] == (), None == 0)
try:
    1 < "2"
except TypeError as e:
    print("TypeError", e)
try:
    [] < ()
except TypeError as e:
    print("TypeError", e)
