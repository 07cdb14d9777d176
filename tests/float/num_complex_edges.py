# complex: text parsing (no parentheses), the two-argument form reads floats, abs is
# sqrt(re*re + im*im) (not hypot), and powers round as MicroPython's libm makes them.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for t in ('1+2j', ' 1+2j ', '(1+2j)', '-j', 'j', '1+j', '1e-3-2.5e+2j', '+1.5J', 'nanj',
          '1+infj', '1 + 2j', '1+2i', '', '1_000+2_0j', '1+2', '1j+2', '--1j', '1+-2j'):
    show(lambda: complex(t))
show(lambda: complex('1', 2))
show(lambda: complex(1, '2'))
show(lambda: complex(1j, 2j))
for v in (3 + 4j, 3e200 + 4e200j, complex(float('inf'), float('nan')), complex(1e-320, 1e-320)):
    print(abs(v))
seed = 999

def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x7fffffff

for i in range(60):
    a = complex((rnd() - 0.5) * 10 ** int(rnd() * 6 - 3), (rnd() - 0.5) * 10)
    b = complex((rnd() - 0.5) * 6, (rnd() - 0.5) * 4 if i % 3 else 0)
    print(a ** b, abs(a))
show(lambda: 1j ** 2**70)
show(lambda: 0j ** -1)
show(lambda: (-1) ** 0.5)
