from _shapes import Rect, area_sum
r = Rect(2, 3)
print(r, r.area())
print(area_sum([Rect(1, 1), Rect(2, 2)]))
import _shapes
print(isinstance(r, _shapes.Rect), type(r).__name__)
