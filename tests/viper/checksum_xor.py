# oracle: unix
# requires: viper
import micropython


@micropython.viper
def xor_all(buf, n: int) -> int:
    p = ptr8(buf)
    x = 0
    for i in range(n):
        x ^= p[i]
    return x


@micropython.viper
def nmea_checksum(sentence) -> int:
    p = ptr8(sentence)
    n = int(len(sentence))
    x = 0
    for i in range(1, n):
        if p[i] == 42:
            break
        x ^= p[i]
    return x


print(xor_all(b"\x01\x02\x04\x08", 4), xor_all(b"abcabc", 6), xor_all(b"Z", 1))
print("%02X" % nmea_checksum(b"$GPGLL,4916.45,N,12311.12,W,225444,A*"))
