# unittest: micropython-lib's API and report text, written for upy ("#@N": see TestCase).
import io
import os
import sys
try:
    import traceback
except ImportError:
    traceback = None


class SkipTest(Exception):
    pass


class AssertRaisesContext:
    def __init__(self, exc):
        self.expected = exc

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.exception = exc_value
        if exc_type is None:
            assert False, "%r not raised" % self.expected  #@25
        return issubclass(exc_type, self.expected)


# The test being run and its result, for subTest contexts opened inside it.
__current_test__ = None
__test_result__ = None


class SubtestContext:
    def __init__(self, msg=None, params=None):
        self.msg = msg
        self.params = params

    def __enter__(self):
        pass

    def __exit__(self, *exc_info):
        if exc_info[0] is None:
            return True
        # A failing subtest is reported with its message and parameters, and the test goes on.
        details = __current_test__
        if self.msg:
            details += (" [" + str(self.msg) + "]",)
        if self.params:
            pairs = ["%s=%s" % kv for kv in self.params.items()]
            details += (" (%s)" % ", ".join(pairs),)
        _handle_test_exception(details, __test_result__, exc_info, False)
        return True


class NullContext:
    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        pass


# Failure reports print tracebacks through this file, so each statement marked "#@N" stands at
# line N, where micropython-lib's frozen copy has it (src/pylib/pylib_test.ts checks them).


class TestCase:
    def __init__(self):
        pass

    def addCleanup(self, func, *args, **kwargs):
        try:
            cleanups = self._cleanups
        except AttributeError:
            cleanups = self._cleanups = []
        cleanups.append((func, args, kwargs))

    def doCleanups(self):
        cleanups = getattr(self, "_cleanups", ())
        while cleanups:
            func, args, kwargs = cleanups.pop()
            func(*args, **kwargs)  #@83

    def subTest(self, msg=None, **params):
        return SubtestContext(msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)  #@89

    def fail(self, msg=""):
        assert False, msg  #@92

    def assertEqual(self, x, y, msg=""):
        if not msg:
            msg = "%r vs (expected) %r" % (x, y)
        assert x == y, msg  #@97

    def assertNotEqual(self, x, y, msg=""):
        if not msg:
            msg = "%r not expected to be equal %r" % (x, y)
        assert x != y, msg  #@102

    def assertLessEqual(self, x, y, msg=None):
        if msg is None:
            msg = "%r is expected to be <= %r" % (x, y)
        assert x <= y, msg  #@107

    def assertGreaterEqual(self, x, y, msg=None):
        if msg is None:
            msg = "%r is expected to be >= %r" % (x, y)
        assert x >= y, msg  #@112

    def assertAlmostEqual(self, x, y, places=None, msg="", delta=None):
        if x == y:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")  #@118
        if delta is not None:
            if abs(x - y) <= delta:
                return
            default = "%r != %r within %r delta" % (x, y, delta)
        else:
            if places is None:
                places = 7
            if round(abs(y - x), places) == 0:
                return
            default = "%r != %r within %r places" % (x, y, places)
        # Close enough returned above: what is left fails, with the caller's message if any.
        if not msg:
            msg = default

        assert False, msg  #@133

    def assertNotAlmostEqual(self, x, y, places=None, msg="", delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")  #@137
        if delta is not None:
            if not (x == y) and abs(x - y) > delta:
                return
            default = "%r == %r within %r delta" % (x, y, delta)
        else:
            if places is None:
                places = 7
            if not (x == y) and round(abs(y - x), places) != 0:
                return
            default = "%r == %r within %r places" % (x, y, places)
        # Far enough apart returned above.
        if not msg:
            msg = default

        assert False, msg  #@152

    def assertIs(self, x, y, msg=""):
        if not msg:
            msg = "%r is not %r" % (x, y)
        assert x is y, msg  #@157

    def assertIsNot(self, x, y, msg=""):
        if not msg:
            msg = "%r is %r" % (x, y)
        assert x is not y, msg  #@162

    def assertIsNone(self, x, msg=""):
        if not msg:
            msg = "%r is not None" % x
        assert x is None, msg  #@167

    def assertIsNotNone(self, x, msg=""):
        if not msg:
            msg = "%r is None" % x
        assert x is not None, msg  #@172

    def assertTrue(self, x, msg=""):
        if not msg:
            msg = "Expected %r to be True" % x
        assert x, msg  #@177

    def assertFalse(self, x, msg=""):
        if not msg:
            msg = "Expected %r to be False" % x
        assert not x, msg  #@182

    def assertIn(self, x, y, msg=""):
        if not msg:
            msg = "Expected %r to be in %r" % (x, y)
        assert x in y, msg  #@187

    def assertIsInstance(self, x, y, msg=""):
        assert isinstance(x, y), msg  #@190

    def assertRaises(self, exc, func=None, *args, **kwargs):
        if func is None:
            return AssertRaisesContext(exc)
        # Called with a function: it must raise `exc` (or a subclass); anything else propagates.
        try:
            func(*args, **kwargs)  #@197
        except Exception as e:
            if isinstance(e, exc):
                return
            raise e  #@201

        assert False, "%r not raised" % exc  #@203

    def assertWarns(self, warn):
        return NullContext()


def skip(msg):
    # The test is replaced by one that only raises SkipTest.
    def _decor(fun):
        def _inner(self):
            raise SkipTest(msg)  #@213

        return _inner

    return _decor


# skipIf/skipUnless: skip(msg) when the condition says so, else the test as it is.


def skipIf(cond, msg):
    return skip(msg) if cond else lambda fun: fun


def skipUnless(cond, msg):
    return (lambda fun: fun) if cond else skip(msg)


def expectedFailure(test):
    # Any exception passes the test; finishing normally fails it.
    def test_exp_fail(*args, **kwargs):
        try:
            test(*args, **kwargs)
        except:
            return
        # It returned normally.
        assert False, "unexpected success"  #@239

    return test_exp_fail


class TestSuite:
    def __init__(self, name=""):
        self._tests = []
        self.name = name

    def addTest(self, cls):
        self._tests.append(cls)

    def run(self, result):
        for test in self._tests:
            _run_suite(test, result, self.name)  #@254
        return result

    def _load_module(self, mod):
        for name in dir(mod):
            obj = getattr(mod, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                self.addTest(obj)
            elif name.startswith("test") and callable(obj):
                self.addTest(obj)


class TestRunner:
    def run(self, suite: TestSuite):
        res = TestResult()
        suite.run(res)  #@269
        res.printErrors()
        print("-" * 70)
        print("Ran %d tests\n" % res.testsRun)
        if res.failuresNum > 0 or res.errorsNum > 0:
            print("FAILED (failures=%d, errors=%d)" % (res.failuresNum, res.errorsNum))
        elif res.skippedNum > 0:
            print("OK (skipped=%d)" % res.skippedNum)
        else:
            print("OK")
        return res


TextTestRunner = TestRunner


class TestResult:
    def __init__(self):
        self.errorsNum = 0
        self.failuresNum = 0
        self.skippedNum = 0
        self.testsRun = 0
        # (test, traceback text) pairs; skipped holds (test, reason).
        self.errors = []
        self.failures = []
        self.skipped = []
        self._newFailures = 0

    def wasSuccessful(self):
        return self.errorsNum == 0 and self.failuresNum == 0

    def printErrors(self):
        if self.errors or self.failures:
            print()
            self.printErrorList(self.errors)
            self.printErrorList(self.failures)

    def printErrorList(self, lst):
        # Errors are headed "FAIL" too, as micropython-lib prints them.
        for test, text in lst:
            print("=" * 70)
            print("FAIL: " + " ".join([str(part) for part in test]))
            print("-" * 70)
            print(text)

    def __repr__(self):
        return "<unittest.result.TestResult run=%d errors=%d failures=%d>" % (
            self.testsRun,
            self.errorsNum,
            self.failuresNum,
        )

    def __add__(self, other):
        # Accumulates in place: discovery adds up the results of every module.
        self.errorsNum += other.errorsNum
        self.failuresNum += other.failuresNum
        self.skippedNum += other.skippedNum
        self.testsRun += other.testsRun
        self.errors.extend(other.errors)
        self.failures.extend(other.failures)
        self.skipped.extend(other.skipped)
        return self


def _capture_exc(exc, exc_traceback):
    buf = io.StringIO()
    if hasattr(sys, "print_exception"):
        sys.print_exception(exc, buf)
    elif traceback is not None:
        traceback.print_exception(None, exc, exc_traceback, file=buf)
    return buf.getvalue()


def _handle_test_exception(current_test, test_result, exc_info, verbose=True):
    # A skip, a failure (AssertionError) or an error; subtests print no verdict (not verbose).
    exc = exc_info[1]
    text = _capture_exc(exc, exc_info[2])
    if isinstance(exc, SkipTest):
        reason = exc.args[0]
        test_result.skippedNum += 1
        test_result.skipped.append((current_test, reason))
        print(" skipped:", reason)
        return
    if isinstance(exc, AssertionError):
        test_result.failuresNum += 1
        test_result.failures.append((current_test, text))
        verdict = " FAIL"
    else:
        test_result.errorsNum += 1
        test_result.errors.append((current_test, text))
        verdict = " ERROR"
    if verbose:
        print(verdict)
    test_result._newFailures += 1


# Runs one entry of a suite: a nested TestSuite, a TestCase class (each method named test*, or
# runTest alone), or a plain test function. setUp/tearDown wrap each test and setUpClass/
# tearDownClass the lot; an exception from any of those is not caught and ends the run.


def _run_suite(c, test_result, suite_name=""):
    if isinstance(c, TestSuite):
        c.run(test_result)  #@372
        return
    o = c() if isinstance(c, type) else c
    set_up_class = getattr(o, "setUpClass", lambda: None)
    tear_down_class = getattr(o, "tearDownClass", lambda: None)
    set_up = getattr(o, "setUp", lambda: None)
    tear_down = getattr(o, "tearDown", lambda: None)
    try:
        suite_name += "." + c.__qualname__
    except AttributeError:
        pass
    container = "(%s)" % suite_name

    # A test prints its name, then " ok", " FAIL", " ERROR" or " skipped: reason"; a subtest
    # that failed turns " ok" into " FAIL". A failure is reported with the class beside the
    # test's name, a subtest's with "(suite.Class)".

    def run_one(test_function):
        global __test_result__, __current_test__
        print("%s (%s) ..." % (name, suite_name), end="")
        set_up()  #@392
        __test_result__ = test_result
        __current_test__ = (name, container)
        test_result._newFailures = 0
        test_result.testsRun += 1

        try:
            test_function()  #@399
            # It returned: " ok", unless one of its subtests failed.
            if test_result._newFailures:
                print(" FAIL")
            else:
                print(" ok")
        except Exception as ex:
            # The class stands beside the test's name in the report.
            _handle_test_exception((name, c), test_result, (type(ex), ex, None))
        finally:
            # Whatever happened: tearDown, then the cleanups, last registered first (a plain
            # test function has none).
            __test_result__ = None
            __current_test__ = None

            tear_down()  #@414
            try:
                o.doCleanups()  #@416
            except AttributeError:
                pass

    set_up_class()  #@420
    try:
        if hasattr(o, "runTest"):
            name = str(o)
            run_one(o.runTest)  #@424
            return

        for name in dir(o):
            if not name.startswith("test"):
                continue
            m = getattr(o, name)
            if callable(m):
                run_one(m)  #@432

        if callable(o):
            name = o.__name__
            run_one(o)  #@436
    finally:
        tear_down_class()  #@438


# unittest.main(): runs the tests of a module, given as a module or by name (by default the
# running script, "__main__"), with a TestRunner (a class or an instance), and returns the
# TestResult. A script ends with:
#
#     if __name__ == "__main__":
#         unittest.main()
#
# `micropython -m unittest` discovers test files instead (unittest/__main__.py): with no
# arguments, or `discover [-s start] [-p pattern] [-t top]`, it runs every test*.py below the
# start folder; otherwise each argument is a test file or a module name. It exits with the
# number of failures (or errors) as status.


def main(module="__main__", testRunner=None):
    if testRunner is None:
        testRunner = TestRunner()
    elif isinstance(testRunner, type):
        testRunner = testRunner()

    if isinstance(module, str):
        module = __import__(module)  #@461
    suite = TestSuite(module.__name__)
    suite._load_module(module)
    return testRunner.run(suite)  #@464
