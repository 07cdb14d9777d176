# oracle: unix
# Two threads take turns strictly, each waking the other through a lock.
import _thread

ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
done = _thread.allocate_lock()
ping.acquire()
pong.acquire()
done.acquire()
out = []


def player_ping():
    for i in range(5):
        ping.acquire()
        out.append("ping%d" % i)
        pong.release()


def player_pong():
    for i in range(5):
        pong.acquire()
        out.append("pong%d" % i)
        if i < 4:
            ping.release()
    done.release()


_thread.start_new_thread(player_ping, ())
_thread.start_new_thread(player_pong, ())
ping.release()
done.acquire()
print(" ".join(out))
