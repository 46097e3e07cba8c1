/** A download's or upload's 0..1 for progress bars: 1 once it Succeeded, whatever the counts say. */
export function byteProgress(state: string, bytesDone: number, bytesTotal: number): number {
  return state === "Succeeded" ? 1 : bytesTotal > 0 ? Math.min(1, bytesDone / bytesTotal) : 0;
}
