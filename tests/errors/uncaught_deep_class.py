class Base:
    def run(self):
        return self.step()
class Impl(Base):
    def step(self):
        return self.helper(0)
    def helper(self, d):
        return 10 // d
Impl().run()
