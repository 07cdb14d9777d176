public_a = "A"
def public_b():
    return "B"
_hidden = "H"
