# oracle: skip
# expected: by reasoning from extmod/modtls_mbedtls.c v1.27 (ssl_context_make_new's
# mp_arg_check_num, ssl_context_attr without range checks, load errors via mbedtls_raise_error,
# wrap_socket's kw-only mp_arg_parse_all and its CERT_REQUIRED check) and micropython-lib's
# ssl.py; neither oracle build has tls or ssl.
import socket
import ssl
import tls

c = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
print(c.verify_mode == tls.CERT_REQUIRED)
print(tls.SSLContext(tls.PROTOCOL_TLS_SERVER).verify_mode == tls.CERT_NONE)
c.verify_mode = tls.CERT_OPTIONAL
print(c.verify_mode)
c.verify_mode = 7
print(c.verify_mode)
print(c.verify_callback)

# ssl.SSLContext starts with CERT_NONE whatever the protocol.
print(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).verify_mode)


def attempt(f, *args, **kw):
    try:
        f(*args, **kw)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e.args)


attempt(tls.SSLContext)
attempt(tls.SSLContext, 0, 1)
attempt(tls.SSLContext, protocol=0)
attempt(c.load_verify_locations, b"not a certificate")
attempt(c.load_verify_locations, cadata=b"x")
attempt(c.load_cert_chain, b"not a certificate", b"not a key")
attempt(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations, cadata="junk")

s = socket.socket()
c.verify_mode = tls.CERT_REQUIRED
attempt(c.wrap_socket, s)
attempt(c.wrap_socket, s, True)
attempt(c.wrap_socket, s, foo=1)
attempt(c.wrap_socket, 42, server_hostname="x")
s.close()
