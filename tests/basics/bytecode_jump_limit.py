# A forward jump must fit 15 bits once the jumps inside it have shrunk to their final sizes
# (py/emitbc.c checks the settled layout): 431 such blocks fit, 432 raise "bytecode overflow".
body = " with f()()() as a:\n  try:\n   f()()()\n  except Exception:\n   pass\n"
for n in (433, 432, 431, 430, 400):
    try:
        exec("cond = 0\nif cond:\n" + body * n + "else:\n print('cond false', %d)\n" % n)
    except RuntimeError as e:
        print(n, "RuntimeError", e)
