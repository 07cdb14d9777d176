# oracle: unix
import machine

print(dir(machine))
print(machine.__name__)
print(machine.mem8, machine.mem16, machine.mem32)
print(type(machine.mem8))
print(machine.PinBase, machine.Signal)
