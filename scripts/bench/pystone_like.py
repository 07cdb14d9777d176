# Pystone-like: records of class instances, procedure calls, globals, chars and small arrays.
IDENT_1, IDENT_2, IDENT_3 = 1, 2, 3


class Record:
    def __init__(self, ptr=None, discr=0, enum=0, int_comp=0, str_comp=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.int_comp, self.str_comp)


int_glob = 0
bool_glob = False
char1 = "A"
array1 = [0] * 51
array2 = [[0] * 51 for _ in range(51)]
glob = None


def proc3(ptr):
    global int_glob
    if glob is not None:
        ptr = glob.ptr
    int_glob = proc7(10, int_glob)
    return ptr


def proc7(a, b):
    return a + b + 2


def proc8(a1, a2, i1, i2):
    loc = i1 + 5
    a1[loc] = i2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for i in range(loc, loc + 2):
        a2[loc][i] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    return 5


def func1(c1, c2):
    return IDENT_1 if c1 != c2 else IDENT_2


def func2(s1, s2):
    i = 1
    while i <= 1:
        if func1(s1[i], s2[i + 1]) == IDENT_1:
            c = "A"
            i += 1
    return s1 > s2


def proc1(rec):
    nxt = rec.ptr.copy() if rec.ptr is not None else Record()
    rec.int_comp = 5
    nxt.int_comp = rec.int_comp
    nxt.ptr = rec.ptr
    nxt.ptr = proc3(nxt.ptr)
    if nxt.discr == IDENT_1:
        nxt.int_comp = 6
        nxt.enum = IDENT_3
    else:
        rec.enum = nxt.enum
    return rec


def main(loops):
    global glob, int_glob, bool_glob, char1
    glob = Record(None, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    rec = Record(glob, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, 1'ST STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    total = 0
    for i in range(loops):
        char1 = "A"
        bool_glob = not func2(s1, "DHRYSTONE PROGRAM, 2'ND STRING")
        int1, int2 = 2, 3
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc7(int1, int2)
            int1 += 1
        total += proc8(array1, array2, int1, int3)
        rec = proc1(rec)
        total += rec.int_comp + int_glob % 7
    return total


print(main(20000), int_glob, array2[8][7])
