# Augmented assignment: a small int with a small int, float or complex fails under the
# augmented op, which has no method name; otherwise it falls back to the plain op's message.
def t(src):
    try:
        exec(src)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)


t("x = 3\nx |= 3.0")
t("x = 10\nx >>= (2+3j)")
t("x = 5\nx @= 1")
t("x = True\nx |= 3.0")
t("x = 2**40\nx |= 3.0")
t("x = 1.5\nx |= 3")
t("x = 1.5\nx |= True")
t("x = 5\nx += None")
t("x = (3, 1, 2)\nx ^= False")
t("x = 'a'\nx -= True")
t("x = {'a'}\nx |= False")
t("x = bytearray(3)\nx %= False")


class K:
    pass


k = K()
try:
    k += 1
except TypeError as e:
    print("TypeError:", e)
try:
    k |= True
except TypeError as e:
    print("TypeError:", e)
