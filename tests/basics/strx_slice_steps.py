# str/bytes/bytearray slicing with every step sign, big and negative bounds
class _S:
    def __getitem__(self, k):
        return k
S = _S()  # MicroPython has no slice() constructor
for seq in ["abcdefg", "\u00e9a\u4e2db\u00e9", b"abcdefg", bytearray(b"0123456"), "x\U0001F600y\U0001F601z"]:
    out = []
    for start in [None, -100, -3, 0, 2, 5, 100]:
        for stop in [None, -100, -2, 0, 3, 100]:
            for step in [None, 1, 2, 3, -1, -2, 7]:
                try:
                    out.append(seq[start:stop:step])
                except Exception as e:
                    out.append(type(e).__name__)
    print(repr(seq), len(out), out[:8])
    print(" ", out[100:108], out[-8:])
    print(" ", [x == seq[::] for x in out if type(x) == type(seq)].count(True))
for seq in ["abc", b"abc", bytearray(b"abc")]:
    for bad in [S[0:3:0], S["a":2], S[0:2.0]]:
        try:
            print(repr(seq[bad]))
        except Exception as e:
            print(type(e).__name__, e)
