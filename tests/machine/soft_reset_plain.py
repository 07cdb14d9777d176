# oracle: unix
# An uncaught soft_reset() ends the program quietly with status 0.
import machine

print("before")
machine.soft_reset()
print("not reached")
