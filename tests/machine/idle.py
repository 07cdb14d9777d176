# oracle: unix
import machine

print(machine.idle())
for i in range(100):
    machine.idle()
print(machine.idle, machine.soft_reset, machine.time_pulse_us)
try:
    machine.idle(1)
except TypeError as e:
    print("TypeError", e)
