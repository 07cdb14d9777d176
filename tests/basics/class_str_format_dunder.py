class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __add__(self, o):
        return Money(self.cents + o.cents)
m = Money(1234) + Money(99)
print(m, repr(m), "%s" % m, "{}".format(m), f"{m}", [m], str([m]))
