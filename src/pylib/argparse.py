# argparse: micropython-lib's small subset of CPython's argparse, written for upy. Options and
# positionals with store/store_const/store_true/store_false actions, nargs (None, "?", "*",
# "+", an int), type and default; parse_args returns a namedtuple named "args". Errors print a
# short usage line and "error: ..." to stdout and exit with status 2; -h/--help prints the full
# usage and exits with 0.
import sys
from collections import namedtuple


class _ArgError(BaseException):
    pass


class ArgumentTypeError(BaseException):
    pass


class _Arg:
    def __init__(self, names, dest, action, nargs, const, default, help, type):
        self.names = names
        self.dest = dest
        self.action = action
        self.nargs = nargs
        self.const = const
        self.default = default
        self.help = help
        self.type = type

    def _apply(self, optname, arg):
        # The value through `type`, whose ArgumentTypeError/TypeError/ValueError is a usage error.
        if not self.type:
            return arg
        try:
            return self.type(arg)
        except (ArgumentTypeError, TypeError, ValueError) as e:
            raise _ArgError("invalid value for %s: %s (%s)" % (optname, arg, str(e)))

    def parse(self, optname, args):
        # Takes this argument's values from the front of `args`.
        if self.action == "store_const":
            return self.const
        if self.action != "store":
            assert False
        nargs = self.nargs
        if nargs is None:
            if not args:
                raise _ArgError("expecting value for %s" % optname)
            return self._apply(optname, args.pop(0))
        if nargs == "?":
            return self._apply(optname, args.pop(0) if args else self.default)
        if nargs == "+" and not args:
            raise _ArgError("expecting value for %s" % optname)
        # "*" and "+" take values up to the next option (after "--", options too); an int
        # takes exactly that many.
        left = -1 if nargs in ("*", "+") else int(nargs)
        values = []
        options_end = False
        while args and left != 0:
            a = args[0]
            if not options_end and a.startswith("-") and a != "-":
                if a != "--":
                    break
                options_end = True
                args.pop(0)
                continue
            values.append(self._apply(optname, args.pop(0)))
            left -= 1
        if left > 0:
            raise _ArgError("expecting value for %s" % optname)
        return values

    def usage_suffix(self):
        # How usage shows the values a "store" argument takes.
        if self.action != "store":
            return ""
        if self.nargs is None:
            return " %s" % self.dest
        if isinstance(self.nargs, int):
            return " %s(x%d)" % (self.dest, self.nargs)
        return " %s%s" % (self.dest, self.nargs)


def _dest_from_optnames(opt_names):
    # The first long name's, else the first name's: "--a-opt" gives "a_opt".
    long_names = [n for n in opt_names if n.startswith("--")]
    name = long_names[0] if long_names else opt_names[0]
    return name.lstrip("-").replace("-", "_")


class ArgumentParser:
    def __init__(self, *, description=""):
        self.description = description
        self.opt = []
        self.pos = []

    def add_argument(self, *args, **kwargs):
        action = kwargs.get("action", "store")
        if action in ("store_true", "store_false"):
            const = action == "store_true"
            default = kwargs.get("default", not const)
            action = "store_const"
        else:
            const = kwargs.get("const", None)
            default = kwargs.get("default", None)
        dest = kwargs.get("dest")
        if args and args[0].startswith("-"):
            group = self.opt
            if dest is None:
                dest = _dest_from_optnames(args)
        else:
            group = self.pos
            if dest is None:
                dest = args[0]
            if not args:
                args = [dest]
        arg_type = kwargs.get("type", None)
        if arg_type is not None and not callable(arg_type):
            raise ValueError("type is not callable")
        nargs = kwargs.get("nargs", None)
        help = kwargs.get("help", "")
        group.append(_Arg(args, dest, action, nargs, const, default, help, arg_type))

    def usage(self, full):
        print("usage: %s [-h]" % sys.argv[0], end="")
        for opt in self.opt:
            print(" [%s%s]" % (", ".join(opt.names), opt.usage_suffix()), end="")
        for pos in self.pos:
            print(pos.usage_suffix(), end="")
        print()
        if not full:
            return
        print()
        if self.description:
            print(self.description)
        if self.pos:
            print("\npositional args:")
            for pos in self.pos:
                print("  %-16s%s" % (pos.names[0], pos.help))
        print("\noptional args:")
        print("  -h, --help      show this message and exit")
        for opt in self.opt:
            print("  %-16s%s" % (", ".join(opt.names) + opt.usage_suffix(), opt.help))

    def parse_args(self, args=None):
        return self._parse_args_impl(args, False)

    def parse_known_args(self, args=None):
        return self._parse_args_impl(args, True)

    def _parse_args_impl(self, args, return_unknown):
        args = sys.argv[1:] if args is None else args[:]
        try:
            return self._parse_args(args, return_unknown)
        except _ArgError as e:
            self.usage(False)
            print("error:", e)
            sys.exit(2)

    def _parse_args(self, args, return_unknown):
        # Options start at their defaults (a str default goes through `type`).
        dests = []
        values = []
        for opt in self.opt:
            dests.append(opt.dest)
            default = opt.default
            values.append(opt._apply(opt.dest, default) if isinstance(default, str) else default)
        unknown = []

        def take_unknown():
            # With parse_known_args, values after an unknown option are unknown too.
            while args and not args[0].startswith("-"):
                unknown.append(args.pop(0))

        # The positionals are taken all together, at the first argument that is not an option
        # (or at the end); another such argument later is extra.
        positionals_done = False
        while args or not positionals_done:
            a = args[0] if args else None
            if a is not None and a.startswith("-") and a not in ("-", "--"):
                args.pop(0)
                if a in ("-h", "--help"):
                    self.usage(True)
                    sys.exit(0)
                for i, opt in enumerate(self.opt):
                    if a in opt.names:
                        values[i] = opt.parse(a, args)
                        break
                else:
                    if not return_unknown:
                        raise _ArgError("unknown option %s" % a)
                    unknown.append(a)
                    take_unknown()
                continue
            if positionals_done:
                if not return_unknown:
                    raise _ArgError("extra args: %s" % " ".join(args))
                unknown = unknown + args
                break
            for pos in self.pos:
                dests.append(pos.dest)
                values.append(pos.parse(pos.names[0], args))
            positionals_done = True
            if return_unknown:
                take_unknown()

        parsed = namedtuple("args", dests)(*values)
        return (parsed, unknown) if return_unknown else parsed
