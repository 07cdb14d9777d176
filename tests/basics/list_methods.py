l = [3, 1, 2]
l.append(5)
l.extend([7, 8])
l.insert(0, 10)
l.insert(-1, 11)
l.insert(100, 12)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2)
print(l, l.index(5), l.count(1), len(l))
l.reverse()
print(l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
c = l.copy()
c.clear()
print(c, l)
for bad in (lambda: l.remove(99), lambda: l.index(99), lambda: [].pop()):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
