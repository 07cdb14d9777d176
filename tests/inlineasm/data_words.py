# oracle: skip
# expected: equivalent pure-Python code (_equiv/data_words.py) run by the reference MicroPython
import micropython
# 32-bit word tables in the code (data(4, ...)) read through the pc-relative base from mov(rX, pc)
@micropython.asm_thumb
def pow10(r0):
    mov(r1, pc)
    b(start)
    data(4, 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000)
    label(start)
    lsl(r0, r0, 2)
    add(r1, r1, r0)
    ldr(r0, [r1, 0])
@micropython.asm_thumb
def crc_nibble(r0) -> uint:
    # reflected CRC-32 with a 16-entry table, one nibble at a time over the 4 bytes of r0
    mov(r1, pc)
    b(start)
    data(4, 0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C)
    data(4, 0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C, 0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C)
    label(start)
    mov(r2, 0)
    mvn(r2, r2)
    mov(r3, 8)
    mov(r5, 15)
    label(loop)
    eor(r2, r0)
    mov(r4, r2)
    and_(r4, r5)
    lsl(r4, r4, 2)
    add(r4, r1, r4)
    ldr(r4, [r4, 0])
    lsr(r2, r2, 4)
    eor(r2, r4)
    mov(r0, 0)
    sub(r3, 1)
    bne(loop)
    mvn(r0, r2)
@micropython.asm_thumb
def month_days(r0, r1):
    # days in month r0 (1-12) of a year that is leap when r1 != 0
    mov(r2, pc)
    b(start)
    data(1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    label(start)
    sub(r0, 1)
    add(r2, r2, r0)
    ldrb(r0, [r2, 0])
    cmp(r0, 28)
    bne(done)
    cmp(r1, 0)
    beq(done)
    add(r0, 1)
    label(done)
print([pow10(i) for i in range(10)])
print([hex(crc_nibble(v)) for v in (0, 1, 0x12345678, -1)])
print([month_days(m, 0) for m in range(1, 13)], month_days(2, 1), month_days(3, 1))
