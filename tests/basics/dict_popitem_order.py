d = {}
for k in (5, 1, 9, 3):
    d[k] = str(k)
order = []
while d:
    order.append(d.popitem())
print(order)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
