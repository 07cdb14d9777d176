def squares(i):
    return i * i
def words(i):
    return (1000, 2000, 3000, 0xFFFF)[i]
print([squares(i) for i in range(10)])
print([words(i) for i in range(4)])
