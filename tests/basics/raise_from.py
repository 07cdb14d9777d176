class AppError(Exception):
    pass
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print("AppError", e, e.args)
try:
    raise AppError("no cause") from None
except AppError as e:
    print("from None ok", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
