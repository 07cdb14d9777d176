# traceback lines of statements and expressions spread over several lines
import sys
def show(fn):
    try:
        fn()
    except Exception as e:
        sys.print_exception(e, sys.stdout)
N = None
def a1():
    return (1 +
        2 +
        N)
show(a1)
def a2():
    return (1
        <
        N)
show(a2)
def a3():
    return [
        1,
        N + 1,
        3,
    ]
show(a3)
def a4():
    return {
        "k": 1,
        "j": N[0],
    }
show(a4)
def a5():
    return max(
        1,
        key=N,
        default=2)
show(a5)
def a6():
    x = (
        1,
        -N,
    )
show(a6)
def a7():
    return [i
        for i in
        N]
show(a7)
def a8():
    return [i
        for i in range(3)
        if i / N]
show(a8)
def a9():
    return {k: v
        for k, v in
        N}
show(a9)
def a10():
    return (lambda x:
        x + N)(1)
show(a10)
def a11():
    for x in (
        N):
        pass
show(a11)
def a12():
    with (
        N):
        pass
show(a12)
def a13():
    if (1 and
        N.x):
        pass
show(a13)
def a14():
    while (0 or
        N.y):
        pass
show(a14)
def a15():
    raise ValueError(
        "multi",
        N.z)
show(a15)
show(lambda: exec("import (\n  sys)"))
def a17():
    x = 1
    x += (
        N)
show(a17)
def a18():
    x = [1]
    x[
        0] += N
show(a18)
def a19():
    return not (
        N.q)
show(a19)
def a20():
    return "%s" % (
        N.r)
show(a20)
def a21():
    return N if (
        N.s) else 1
show(a21)
def a22():
    return 1 if 0 else (
        N.t)
show(a22)
def a23():
    return (
        1) + (
        2) + (
        N)
show(a23)
def a24():
    return 1 + (2 *
        N)
show(a24)
def a25():
    class K(
        N):
        pass
show(a25)
def a26():
    @N
    def f():
        pass
show(a26)
def a28():
    a, b = \
        N
show(a28)
def a30():
    return print(*
        N)
show(a30)
def a31():
    return dict(**
        N)
show(a31)
def a32():
    return N[
        1:
        2]
show(a32)
def a33():
    return [
        x for x in [1]
    ][0] + N
show(a33)
def a34():
    return {1,
        2, N.v}
show(a34)
def a35():
    return 2 ** (
        N)
show(a35)
def a36():
    return -(
        -(
        N))
show(a36)
def a37():
    return (N
        is not None) + N.w
show(a37)
def a38():
    assert N, (
        "msg")
show(a38)
def a40():
    x = [1,
        2][
        N]
show(a40)
def a41():
    yield (
        N.x)
show(lambda: next(a41()))
def a42():
    yield from (
        N)
show(lambda: next(a42()))
def a44():
    return f(
        x=1,
        *N)
show(a44)
print("done")
