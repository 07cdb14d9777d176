# Helper imported by test_shapes.py (found through the folder discovery puts on sys.path).
def area(w, h):
    return w * h
