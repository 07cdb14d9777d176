# Helper imported by check_words.py.
def shout(s):
    return s.upper() + "!"
