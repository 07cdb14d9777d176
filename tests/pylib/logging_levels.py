# Level constants, names, setLevel on logger and handler, effective levels and isEnabledFor.
import sys
import logging

print(logging.CRITICAL, logging.ERROR, logging.WARNING, logging.INFO, logging.DEBUG, logging.NOTSET)
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
root = logging.getLogger()
print(root.level, root.getEffectiveLevel())
app = logging.getLogger("app")
print(app.level, app.getEffectiveLevel(), app.isEnabledFor(logging.DEBUG))
app.debug("debug via root's handler")
app.setLevel(logging.ERROR)
print(app.getEffectiveLevel(), app.isEnabledFor(logging.WARNING), app.isEnabledFor(logging.ERROR))
app.warning("hidden")
app.error("shown")
root.setLevel(logging.NOTSET)
other = logging.getLogger("other")
print(other.getEffectiveLevel())
other.info("hidden: default WARNING")
other.warning("shown")
root.handlers[0].setLevel(logging.CRITICAL)
other.error("hidden by the handler's level")
other.critical("shown by the handler")
