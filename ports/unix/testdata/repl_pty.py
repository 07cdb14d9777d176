# Drive a REPL through a pseudo-terminal: keys in, screen bytes out (repl_test.ts).
# stdin: JSON {"argv": [...], "sessions": [{"name", "history"?, "steps": [{"keys", "until"?}]}]}
# with byte strings as latin-1 text; stdout: JSON {name: screen bytes as latin-1 text}.
# Each session starts the program, waits for its first prompt, then sends each step's keys
# (after an optional "pause" in seconds) and reads until the step's "until" text has
# appeared (else until the screen is quiet). HOME is a fresh folder; a session with "history"
# starts with that text in ~/.micropython.history and its screen ends with what the file holds
# afterwards; one with "status" waits for the program to end and shows its exit status.
import json, os, pty, select, shutil, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

QUIET = 0.2
PATIENCE = 20.0


def read_until(fd, out, marker, start):
    end = time.time() + PATIENCE
    quiet_since = time.time()
    while time.time() < end:
        if marker is not None and marker in out[start:]:
            marker = None
            quiet_since = time.time()
        wait = 0.05 if marker is None else 0.5
        r, _, _ = select.select([fd], [], [], wait)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            out += data
            quiet_since = time.time()
        elif marker is None and time.time() - quiet_since >= QUIET:
            return True
    return True


def run_session(argv, session):
    steps = session["steps"]
    # A fresh HOME: the REPL history file (~/.micropython.history) starts empty.
    home = tempfile.mkdtemp()
    history = os.path.join(home, ".micropython.history")
    if "history" in session:
        with open(history, "w") as f:
            f.write(session["history"])
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["HOME"] = home
        os.execv(argv[0], argv)
    out = bytearray()
    alive = read_until(fd, out, b">>> ", 0)
    for step in steps:
        if not alive:
            break
        time.sleep(step.get("pause", 0))
        start = len(out)
        os.write(fd, step["keys"].encode("latin-1"))
        until = step.get("until")
        alive = read_until(fd, out, None if until is None else until.encode("latin-1"), start)
    if session.get("status"):
        # The session ends the program: wait for it, and show its exit status.
        end = time.time() + PATIENCE
        done, status = os.waitpid(pid, os.WNOHANG)
        while done == 0 and time.time() < end:
            time.sleep(0.05)
            done, status = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            out += b"\n--- still running ---\n"
        else:
            out += b"\n--- exit status %d ---\n" % os.waitstatus_to_exitcode(status)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    if "history" in session:
        # What the program left in the history file.
        out += b"\n--- history file ---\n"
        if os.path.exists(history):
            with open(history, "rb") as f:
                out += f.read()
    shutil.rmtree(home, ignore_errors=True)
    return out.decode("latin-1")


def main():
    job = json.load(sys.stdin)
    # Sessions mostly wait on a quiet screen: several at once take less time.
    with ThreadPoolExecutor(max_workers=job.get("parallel", 1)) as pool:
        screens = list(pool.map(lambda s: run_session(job["argv"], s), job["sessions"]))
    json.dump({s["name"]: out for s, out in zip(job["sessions"], screens)}, sys.stdout)


main()
