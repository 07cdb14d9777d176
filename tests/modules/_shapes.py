class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return "Rect(%d, %d)" % (self.w, self.h)
def area_sum(rects):
    return sum(r.area() for r in rects)
