// The terminal attributes termios works on, as Linux and glibc keep them (struct termios):
// four flag words and 32 control characters. A JS host cannot read or set a terminal's
// attributes, only switch raw mode on and off (HostTerminal.setRaw), so upy keeps the
// attributes here, starting from a cooked terminal's, and tells the host whenever canonical
// input is switched on or off.

export const NCCS = 32;
export const VTIME = 5;
export const VMIN = 6;

// Flag bits setraw and the raw-mode decision use (Linux <termios.h>).
export const BRKINT = 0x2, INPCK = 0x10, ISTRIP = 0x20, ICRNL = 0x100, IXON = 0x400;
export const CSIZE = 0x30, CS8 = 0x30, PARENB = 0x100;
export const ISIG = 0x1, ICANON = 0x2;
/** The baud-rate bits of c_cflag, where both speeds live (glibc's cfsetispeed/cfsetospeed). */
const CBAUD = 0o10017;
/** glibc's marker for "input speed 0", stripped before the attributes reach the kernel. */
const IBAUD0 = 0x80000000;

export const TCSANOW = 0, TCSADRAIN = 1, TCSAFLUSH = 2;

/** Speed constants the unix port exports (Linux values). */
export const SPEEDS: [string, number][] = [
  ["B9600", 13],
  ["B57600", 4097],
  ["B115200", 4098],
  ["B230400", 4099],
  ["B460800", 4100],
  ["B500000", 4101],
  ["B576000", 4102],
  ["B921600", 4103],
  ["B1000000", 4104],
  ["B1152000", 4105],
];

export interface TermAttrs {
  iflag: number;
  oflag: number;
  cflag: number;
  lflag: number;
  /** c_cc as bytes. */
  cc: Uint8Array;
}

/** A fresh terminal's attributes as Linux sets up a pseudo-terminal: ICRNL|IXON, OPOST|ONLCR,
 * 8 bits at 38400 baud, canonical input with echo and signals; ^C ^\ DEL ^U ^D... */
export function cookedAttrs(): TermAttrs {
  const cc = new Uint8Array(NCCS);
  cc.set([3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22]);
  return { iflag: 0x500, oflag: 0x5, cflag: 0xbf, lflag: 0x8a3b, cc };
}

export function copyAttrs(a: TermAttrs): TermAttrs {
  return { ...a, cc: a.cc.slice() };
}

/** cfgetospeed (and cfgetispeed: glibc keeps one speed for both). */
export function speedOf(a: TermAttrs): number {
  return a.cflag & CBAUD;
}

/** glibc's check on a speed for cfsetispeed/cfsetospeed: a B-constant or EINVAL. */
export function isValidSpeed(speed: number): boolean {
  return (speed & ~CBAUD) === 0 || (speed >= 4097 && speed <= 4111);
}

/** cfsetispeed then cfsetospeed, then what tcsetattr hands the kernel. Speeds must be valid;
 * an input speed of 0 means "same as output". */
export function applySpeeds(a: TermAttrs, ispeed: number, ospeed: number): void {
  if (ispeed !== 0) a.cflag = ((a.cflag & ~CBAUD) | ispeed) >>> 0;
  a.cflag = ((a.cflag & ~CBAUD) | ospeed) >>> 0;
  a.iflag = (a.iflag & ~IBAUD0) >>> 0;
}

/** termios.setraw's changes (ports/unix/modtermios.c), in place. */
export function makeRaw(a: TermAttrs): void {
  a.iflag = (a.iflag & ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON)) >>> 0;
  a.oflag = 0;
  a.cflag = ((a.cflag & ~(CSIZE | PARENB)) | CS8) >>> 0;
  a.lflag = 0;
  a.cc[VMIN] = 1;
  a.cc[VTIME] = 0;
}
