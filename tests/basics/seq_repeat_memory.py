for e in ["[1,2]*1073741823", "'ab'*1073741823", "'a'*(1<<62)", "(1,)*(1<<40)", "b'ab'*(1<<40)", "[0]*(1<<62)", "'a'*(1<<64)", "[1]*(1<<31)", "[1]*(1<<29)", "'ab'*(1<<30)"]:
    try:
        r = eval(e)
        print(e, len(r))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
try:
    x=[1]
    x*=1073741823
except Exception as ex:
    print(type(ex).__name__, ex)
