# oracle: skip
# expected: by reasoning from extmod/modtls_mbedtls.c (v1.27: constants are mbedtls's endpoint
# and MBEDTLS_SSL_VERIFY_* values) and micropython-lib's ssl.py (re-exports them over tls);
# neither oracle build has tls or ssl. upy has no DTLS, so PROTOCOL_DTLS_* are not listed.
import tls
import ssl

for name in ("PROTOCOL_TLS_CLIENT", "PROTOCOL_TLS_SERVER", "CERT_NONE", "CERT_OPTIONAL", "CERT_REQUIRED"):
    print(name, getattr(tls, name), getattr(ssl, name) == getattr(tls, name))
print(type(tls.MBEDTLS_VERSION), ssl.MBEDTLS_VERSION == tls.MBEDTLS_VERSION)
print(tls.SSLContext.__name__)
for name in ("load_cert_chain", "load_verify_locations", "wrap_socket", "get_ciphers", "set_ciphers"):
    print(name, hasattr(tls.SSLContext, name))
print(sorted(n for n in dir(ssl) if not n.startswith("_")))
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(type(ctx).__name__, type(ctx._context).__name__)
print(type(ctx._context.get_ciphers()), len(ctx._context.get_ciphers()) > 0)
