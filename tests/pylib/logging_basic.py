# The module-level functions log through the root logger: WARNING and above, to stderr, as
# "LEVEL:root:message" (stderr follows stdout in the expected output).
import logging

print("start")
logging.debug("hidden debug")
logging.info("hidden info")
logging.warning("a warning")
logging.error("an error")
logging.critical("critical %s", "stuff")
logging.log(logging.ERROR, "via log")
logging.log(25, "below the threshold")
print("end", logging.getLogger().level, logging.getLogger().name)
