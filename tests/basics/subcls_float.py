# oracle: unix
# A float subclass instance wraps a native float: only __float__ makes it a float to
# conversions, and ops go to the native value (results are plain floats).
import math
class F(float): pass
class G(float):
    def __float__(self): return 7.0
    def __int__(self): return 3
f = F(2.5)
def t(name, fn):
    try:
        r = fn()
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, "EXC", type(e).__name__, e)
t("int(F)", lambda: int(f))
t("float(F)", lambda: float(f))
t("F(F)", lambda: F(F(3.0)))
t("f+1", lambda: f + 1)
t("1+f", lambda: 1 + f)
t("1.0+f", lambda: 1.0 + f)
t("F+F", lambda: F(1.5) + F(1.0))
t("f*2", lambda: f * 2)
t("-f", lambda: -f)
t("abs", lambda: abs(F(-2.0)))
t("+f", lambda: +f)
t("2<f", lambda: 2 < f)
t("f<3", lambda: f < 3)
t("f==2.5", lambda: f == 2.5)
t("2.5==f", lambda: 2.5 == f)
t("round", lambda: round(f))
t("round2", lambda: round(f, 1))
t("sqrt", lambda: math.sqrt(f))
t("floor", lambda: math.floor(f))
t("isinf", lambda: math.isinf(f))
t("%f", lambda: "%f" % f)
t("%d", lambda: "%d" % f)
t("%s", lambda: "%s" % f)
t("format", lambda: "{:.2f}".format(f))
t("str.format", lambda: "{}".format(f))
t("sum", lambda: sum([f, f]))
t("min", lambda: min([f, 3.0]))
t("divmod", lambda: divmod(f, 1))
t("divmod2", lambda: divmod(5, f))
t("pow", lambda: pow(f, 2))
t("pow2", lambda: pow(2, f))
t("complex", lambda: complex(f))
t("1j*f", lambda: 1j * f)
t("bool", lambda: bool(F(0.0)))
t("d[f]", lambda: {2.5: 1}[f])
t("df[2.5]", lambda: {f: 1}[2.5])
t("in", lambda: f in {2.5})
t("G float", lambda: float(G(1.0)))
t("G int", lambda: int(G(1.0)))
t("G sqrt", lambda: math.sqrt(G(1.0)))
t("1+G", lambda: 1 + G(1.0))
t("1.0+G", lambda: 1.0 + G(1.0))
t("G+1", lambda: G(1.0) + 1)
print(isinstance(f, float), type(f).__name__, f, repr(F()), F("1.5"))
