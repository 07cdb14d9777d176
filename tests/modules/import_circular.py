import _circ_a
print(_circ_a.from_b(), _circ_a.A_NAME)
