class Sensor:
    @property
    def value(self):
        return self._raw * 2
s = Sensor()
print("reading")
print(s.value)
