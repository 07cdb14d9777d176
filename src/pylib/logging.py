# logging as micropython-lib has it, for upy; "#@N": at line N as in its frozen copy (tracebacks).
from micropython import const
import io
import sys
import time

CRITICAL = const(50)
ERROR = const(40)
WARNING = const(30)
INFO = const(20)
DEBUG = const(10)
NOTSET = const(0)
_DEFAULT_LEVEL = const(WARNING)

_level_dict = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}

_loggers = {}
_stream = sys.stderr
_default_fmt = "%(levelname)s:%(name)s:%(message)s"
_default_datefmt = "%Y-%m-%d %H:%M:%S"


class LogRecord:
    def set(self, name, level, message):
        self.name = name
        self.levelno = level
        self.levelname = _level_dict[level]  #@34
        self.message = message
        self.ct = time.time()
        self.msecs = int((self.ct - int(self.ct)) * 1000)
        self.asctime = None


class Handler:
    def __init__(self, level=NOTSET):
        self.level = level
        self.formatter = None

    def close(self):
        pass

    def setLevel(self, level):
        self.level = level

    def setFormatter(self, formatter):
        self.formatter = formatter

    def format(self, record):
        return self.formatter.format(record)  #@56


class StreamHandler(Handler):
    def __init__(self, stream=None):
        super().__init__()
        self.stream = stream if stream is not None else _stream
        self.terminator = "\n"

    def close(self):
        if hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        if record.levelno >= self.level:  #@70
            self.stream.write(self.format(record) + self.terminator)  #@71


class FileHandler(StreamHandler):
    def __init__(self, filename, mode="a", encoding="UTF-8"):
        super().__init__(stream=open(filename, mode=mode, encoding=encoding))  #@76

    def close(self):
        super().close()
        self.stream.close()


class Formatter:
    def __init__(self, fmt=None, datefmt=None):
        self.fmt = fmt if fmt is not None else _default_fmt
        self.datefmt = datefmt if datefmt is not None else _default_datefmt

    def usesTime(self):
        return "asctime" in self.fmt

    def formatTime(self, datefmt, record):
        if not hasattr(time, "strftime"):
            return None
        return time.strftime(datefmt, time.localtime(record.ct))

    def format(self, record):
        if self.usesTime():
            record.asctime = self.formatTime(self.datefmt, record)  #@98
        return self.fmt % {
            "name": record.name,  #@100
            "message": record.message,  #@101
            "msecs": record.msecs,  #@102
            "asctime": record.asctime,  #@103
            "levelname": record.levelname,  #@104
        }


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = level
        self.handlers = []
        self.record = LogRecord()

    def setLevel(self, level):
        self.level = level

    def isEnabledFor(self, level):
        return level >= self.getEffectiveLevel()  #@119

    def getEffectiveLevel(self):
        return self.level or getLogger().level or _DEFAULT_LEVEL  #@122

    def log(self, level, msg, *args):
        if not self.isEnabledFor(level):  #@125
            return
        if args:
            args = args[0] if isinstance(args[0], dict) else args
            msg = msg % args  #@129
        self.record.set(self.name, level, msg)  #@130
        handlers = self.handlers
        if not handlers:
            handlers = getLogger().handlers  #@133
        for h in handlers:
            h.emit(self.record)  #@135

    def debug(self, msg, *args):
        self.log(DEBUG, msg, *args)  #@138

    def info(self, msg, *args):
        self.log(INFO, msg, *args)  #@141

    def warning(self, msg, *args):
        self.log(WARNING, msg, *args)  #@144

    def error(self, msg, *args):
        self.log(ERROR, msg, *args)  #@147

    def critical(self, msg, *args):
        self.log(CRITICAL, msg, *args)  #@150

    def exception(self, msg, *args, exc_info=True):
        self.log(ERROR, msg, *args)  #@153
        # Then the traceback, as a second ERROR message: of the exception given as exc_info,
        # or of the one being handled where sys.exc_info exists.
        exc = exc_info if isinstance(exc_info, BaseException) else None
        if exc is None and hasattr(sys, "exc_info"):
            exc = sys.exc_info()[1]
        if exc:
            buf = io.StringIO()
            sys.print_exception(exc, buf)  #@161
            self.log(ERROR, buf.getvalue())  #@162

    def addHandler(self, handler):
        self.handlers.append(handler)

    def hasHandlers(self):
        return len(self.handlers) > 0


# getLogger() is the root logger, which basicConfig() sets up when it is first made.
def getLogger(name=None):
    name = "root" if name is None else name
    if name not in _loggers:
        _loggers[name] = Logger(name)  #@175
        if name == "root":
            basicConfig()  #@177
    return _loggers[name]


def log(level, msg, *args):
    getLogger().log(level, msg, *args)  #@182


def debug(msg, *args):
    getLogger().debug(msg, *args)  #@186


def info(msg, *args):
    getLogger().info(msg, *args)  #@190


def warning(msg, *args):
    getLogger().warning(msg, *args)  #@194


def error(msg, *args):
    getLogger().error(msg, *args)  #@198


def critical(msg, *args):
    getLogger().critical(msg, *args)  #@202


def exception(msg, *args):
    getLogger().exception(msg, *args)  #@206


def shutdown():
    for logger in _loggers.values():
        for h in logger.handlers:
            h.close()  #@212


def addLevelName(level, name):
    _level_dict[level] = name


# Configures the root logger unless it has a handler already (or `force` replaces them).
def basicConfig(
    filename=None,
    filemode="a",
    format=None,
    datefmt=None,
    level=WARNING,
    stream=None,
    encoding="UTF-8",
    force=False,
):
    logger = _loggers.get("root")
    if logger is None:
        logger = _loggers["root"] = Logger("root")

    if not force and logger.handlers:
        return
    for h in logger.handlers:
        h.close()  #@237
    logger.handlers = []

    if filename is None:
        handler = StreamHandler(stream)  #@241
    else:
        handler = FileHandler(filename, filemode, encoding)  #@243

    handler.setLevel(level)
    handler.setFormatter(Formatter(format, datefmt))  #@246

    logger.setLevel(level)
    logger.addHandler(handler)


if hasattr(sys, "atexit"):
    sys.atexit(shutdown)
