import errno

print(dir(errno))
print(len(dir(errno)))
print(errno)
