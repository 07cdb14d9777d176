VALUE = 0
def get_name():
    return __name__
def set_value(v):
    global VALUE
    VALUE = v
def get_value():
    return VALUE
