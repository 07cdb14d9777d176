from micropython import const
_SCALE = const(1000)
LIMIT = const(5)
def scaled(v):
    return v * _SCALE
def clamp(v):
    return LIMIT if v > LIMIT else v
print(scaled(3), clamp(10), clamp(2))
print([i * _SCALE for i in range(LIMIT)])
