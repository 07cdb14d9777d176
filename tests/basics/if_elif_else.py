def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in (-5, 0, 3, 42)])
x = 5
if x:
    pass
if not x:
    print("no")
elif x > 3:
    print("x > 3")
if []:
    print("no")
elif {}:
    print("no")
else:
    print("both empty")
