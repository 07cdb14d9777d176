# An application as it would ship in a ROMFS partition: a package under lib/, a data file, and
# a module with native and viper functions compiled for the board.
from shapes import Square, Circle
from shapes.report import table
import fastmath

here = __file__.rsplit("/", 1)[0]
with open(here + "/data/greeting.txt") as f:
    print(f.read().strip())

shapes = [Square(3), Circle(2), Square(1.5)]
for line in table(shapes):
    print(line)
print("checksum", fastmath.checksum(bytearray(range(200))))
print("dot", fastmath.dot(3, [1, 2, 3], [4, 5, 6]))
print("wrap", fastmath.wrap(0x7FFFFFFF))
