export async function runImport(_options: { transferId: string; signal?: AbortSignal; attempt: { number: number; max: number } }): Promise<void> {
  throw new Error("runImport: being written");
}
