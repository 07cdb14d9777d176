class AppError(Exception):
    pass
class NetError(AppError):
    pass
class Timeout(NetError):
    def __init__(self, secs):
        super().__init__("timeout after %ds" % secs)
        self.secs = secs
def handle(exc):
    try:
        raise exc
    except Timeout as e:
        return "timeout %d" % e.secs
    except NetError as e:
        return "net: %s" % e
    except AppError as e:
        return "app: %s" % e
    except Exception as e:
        return "other: %s" % type(e).__name__
for exc in (Timeout(5), NetError("down"), AppError("bad"), ValueError()):
    print(handle(exc))
