export async function runPublish(_options: { transferId: string; signal?: AbortSignal; attempt: { number: number; max: number } }): Promise<void> {
  throw new Error("runPublish: being written");
}
