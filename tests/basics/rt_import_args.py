# __import__'s arguments checked as py/builtinimport.c does; positional only.
def t(*args, **kw):
    try:
        m = __import__(*args, **kw)
        print(getattr(m, "__name__", m))
    except Exception as e:
        print(type(e).__name__, e)


t()
t(1)
t(b"sys")
t("")
t("sys", None, None, (), -1)
t("sys", None, None, (), 0)
t("sys", 1, 2, 3, 0)
t("sys", level=0)
t("nonexistent_module_x")
t("collections", None, None, ["deque"])
t("sys", None, None, None, 0, 1)
