TAG = "util"
def helper():
    return "helper from " + __name__
