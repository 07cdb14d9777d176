from array import array
def reg_op(w, op, bit):
    m = 1 << bit
    if op == 0:
        w[0] |= m
    elif op == 1:
        w[0] &= ~m & 0xFFFFFFFF
    elif op == 2:
        w[0] ^= m
    else:
        return 1 if w[0] & m else 0
    return w[0]
def low_mask(n):
    return (1 << n) - 1
w = array("I", [0])
out = [reg_op(w, 0, 3), reg_op(w, 0, 31), reg_op(w, 2, 0), reg_op(w, 3, 31), reg_op(w, 3, 5)]
out += [reg_op(w, 1, 3), reg_op(w, 2, 31), reg_op(w, 3, 31), reg_op(w, 1, 0)]
print(out, w[0])
print([low_mask(n) for n in (0, 1, 4, 16, 31, 32)])
