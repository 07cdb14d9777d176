// The order in which MicroPython 1.27's built-in modules list their members (their ROM tables'
// declaration order, after __name__), as `m.__dict__` shows it; names upy adds follow in their
// own order. Taken from the unix port, for the modules whose upy member list is ordered otherwise.
const words = (s: string): readonly string[] => s.trim().split(/\s+/);

let table: Readonly<Record<string, readonly string[]>> | undefined;

/** The member order of a built-in module, or undefined (the table is split on first use). */
export function moduleMemberOrder(name: string): readonly string[] | undefined {
  table ??= {
    cmath: words("e pi phase polar rect exp log log10 sqrt cos sin"),
    errno: words(`
      errorcode EPERM ENOENT EIO EBADF EAGAIN ENOMEM EACCES EEXIST ENODEV EISDIR EINVAL
      EOPNOTSUPP EADDRINUSE ECONNABORTED ECONNRESET ENOBUFS ENOTCONN ETIMEDOUT ECONNREFUSED
      EHOSTUNREACH EALREADY EINPROGRESS
    `),
    gc: words("collect disable enable isenabled mem_free mem_alloc threshold"),
    io: words("open IOBase StringIO BytesIO"),
    machine: words("mem8 mem16 mem32 soft_reset idle time_pulse_us PinBase Signal"),
    math: words(`
      e pi tau inf nan sqrt pow exp expm1 log log2 log10 cosh sinh tanh acosh asinh atanh cos
      sin tan acos asin atan atan2 ceil copysign fabs floor fmod frexp ldexp modf isfinite isinf
      isnan isclose trunc radians degrees factorial erf erfc gamma lgamma
    `),
    micropython: words(`
      const opt_level mem_total mem_current mem_peak mem_info qstr_info stack_use heap_lock
      heap_unlock kbd_intr RingIO schedule
    `),
    os: words(`
      getenv putenv unsetenv system urandom sep chdir getcwd listdir mkdir remove rename rmdir
      unlink stat statvfs errno ilistdir mount umount VfsFat VfsLfs1 VfsLfs2 VfsPosix
    `),
    select: words("poll POLLIN POLLOUT POLLERR POLLHUP"),
    socket: words(`
      socket getaddrinfo inet_pton inet_ntop sockaddr AF_UNIX AF_INET AF_INET6 SOCK_STREAM
      SOCK_DGRAM SOCK_RAW MSG_DONTROUTE MSG_DONTWAIT MSG_PEEK SOL_SOCKET SO_BROADCAST SO_ERROR
      SO_KEEPALIVE SO_LINGER SO_REUSEADDR IP_ADD_MEMBERSHIP IP_DROP_MEMBERSHIP
    `),
    sys: words(`
      argv version version_info implementation platform byteorder maxsize exit stdin stdout
      stderr modules exc_info executable print_exception atexit
    `),
    time: words(`
      time time_ns sleep sleep_ms sleep_us ticks_ms ticks_us ticks_cpu ticks_add ticks_diff
      clock gmtime localtime mktime
    `),
    uctypes: words(`
      struct sizeof addressof bytes_at bytearray_at NATIVE LITTLE_ENDIAN BIG_ENDIAN VOID UINT8
      INT8 UINT16 INT16 UINT32 INT32 UINT64 INT64 BFUINT8 BFINT8 BFUINT16 BFINT16 BFUINT32
      BFINT32 BF_POS BF_LEN FLOAT32 FLOAT64 SHORT USHORT INT UINT LONG ULONG LONGLONG ULONGLONG
      PTR ARRAY
    `),
    vfs: words("mount umount VfsFat VfsLfs1 VfsLfs2 VfsRom VfsPosix"),
    "_thread": words("LockType get_ident stack_size start_new_thread exit allocate_lock"),
  };
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
