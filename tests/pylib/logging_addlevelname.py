# addLevelName names a custom level; log() with it; a level without a name raises KeyError.
import sys
import logging

logging.basicConfig(stream=sys.stdout, level=1)
logging.addLevelName(25, "NOTICE")
logging.addLevelName(logging.WARNING, "WARN")
logging.log(25, "custom level")
logging.warning("renamed level")
try:
    logging.log(26, "no name")
except KeyError as e:
    print("KeyError", e)
print(logging._level_dict[25])
