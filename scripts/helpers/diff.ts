// A small line diff for test failure reports: `-` lines expected, `+` lines produced.

/** Unified-style diff of two texts (LCS over lines), at most `maxLines` lines shown. */
export function shortDiff(expected: string, actual: string, maxLines = 12): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const out: string[] = [];
  if (a.length * b.length > 4_000_000) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    out.push(`@ line ${i + 1}`, `- ${a[i] ?? "<end>"}`, `+ ${b[i] ?? "<end>"}`);
    return out.join("\n");
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from(
    { length: a.length + 1 },
    () => new Uint32Array(b.length + 1),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  let lastShown = -2;
  const context = (k: number) => {
    if (k !== lastShown + 1) out.push(`@ line ${k + 1}`);
    lastShown = k;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      context(i);
      out.push(`- ${a[i++]}`);
    } else {
      context(i);
      out.push(`+ ${b[j++]}`);
      lastShown = i - 1;
    }
  }
  if (out.length > maxLines) {
    const more = out.length - maxLines;
    out.length = maxLines;
    out.push(`... (${more} more diff lines; -v shows all)`);
  }
  return out.join("\n");
}
