class Plugin:
    registry = {}
    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco
@Plugin.register("a")
class PA(Plugin):
    def run(self):
        return "running A"
@Plugin.register("b")
class PB(Plugin):
    def run(self):
        return "running B"
for key in sorted(Plugin.registry):
    print(key, Plugin.registry[key]().run())
