# ssl: micropython-lib's CPython-flavoured wrapper over the built-in tls module.
import tls
from tls import (
    CERT_NONE,
    CERT_OPTIONAL,
    CERT_REQUIRED,
    MBEDTLS_VERSION,
    PROTOCOL_TLS_CLIENT,
    PROTOCOL_TLS_SERVER,
)


def _read_file(name):
    with open(name, "rb") as f:
        return f.read()


class SSLContext:
    def __init__(self, *args):
        self._context = tls.SSLContext(*args)
        # CPython's SSLContext starts permissive here too; callers opt in to checks.
        self._context.verify_mode = CERT_NONE

    @property
    def verify_mode(self):
        return self._context.verify_mode

    @verify_mode.setter
    def verify_mode(self, mode):
        self._context.verify_mode = mode

    def load_cert_chain(self, certfile, keyfile):
        cert = _read_file(certfile) if isinstance(certfile, str) else certfile
        key = _read_file(keyfile) if isinstance(keyfile, str) else keyfile
        self._context.load_cert_chain(cert, key)

    def load_verify_locations(self, cafile=None, cadata=None):
        if cafile:
            cadata = _read_file(cafile)
        self._context.load_verify_locations(cadata)

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True, server_hostname=None):
        return self._context.wrap_socket(
            sock,
            server_side=server_side,
            do_handshake_on_connect=do_handshake_on_connect,
            server_hostname=server_hostname,
        )


def wrap_socket(
    sock,
    server_side=False,
    key=None,
    cert=None,
    cert_reqs=CERT_NONE,
    cadata=None,
    server_hostname=None,
    do_handshake=True,
):
    ctx = SSLContext(PROTOCOL_TLS_SERVER if server_side else PROTOCOL_TLS_CLIENT)
    if cert or key:
        ctx.load_cert_chain(cert, key)
    if cadata:
        ctx.load_verify_locations(cadata=cadata)
    ctx.verify_mode = cert_reqs
    return ctx.wrap_socket(
        sock,
        server_side=server_side,
        do_handshake_on_connect=do_handshake,
        server_hostname=server_hostname,
    )
