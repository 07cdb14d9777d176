class Outer:
    class Inner(Exception):
        pass
    def go(self):
        raise self.Inner("nested class exc")
Outer().go()
