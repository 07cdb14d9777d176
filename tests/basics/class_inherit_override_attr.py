class Base:
    kind = "base"
    def describe(self):
        return "%s:%s" % (self.kind, self.name())
    def name(self):
        return "Base"
class Mid(Base):
    kind = "mid"
class Leaf(Mid):
    def name(self):
        return "Leaf"
for cls in (Base, Mid, Leaf):
    print(cls().describe())
Leaf.kind = "patched"
print(Leaf().describe(), Mid().describe())
del Leaf.kind
print(Leaf().describe())
