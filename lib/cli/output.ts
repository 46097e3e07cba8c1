// What a command prints on stdout: with --json only the machine-readable answer (one JSON
// document), else lines for a person. Progress and notes go to stderr either way.
export type Output = { json: boolean };

export function print(output: Output, value: unknown, human: () => string): void {
  process.stdout.write(output.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Rows as aligned columns. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}
