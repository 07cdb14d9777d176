A_NAME = "a"
import _circ_b
def from_b():
    return _circ_b.get_a_name() + "+" + _circ_b.B_NAME
