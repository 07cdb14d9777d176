# oracle: unix, strip-native
import micropython


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    @micropython.native
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount")
        self.balance += amount
        self.history.append(("+", amount))
        return self.balance

    @micropython.native
    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(("-", amount))
        return True

    @micropython.native
    def summary(self):
        return "%s: %d (%d ops)" % (self.owner, self.balance, len(self.history))


a = Account("ann", 10)
print(a.deposit(5), a.withdraw(100), a.withdraw(3))
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError", e)
print(a.summary(), a.history)
m = a.deposit
print(m(1))
