import _circ_a
B_NAME = "b"
def get_a_name():
    return _circ_a.A_NAME
