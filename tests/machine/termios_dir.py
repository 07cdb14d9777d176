# oracle: unix
import termios

print(dir(termios))
for name in dir(termios):
    if name[0].isupper():
        print(name, getattr(termios, name))
