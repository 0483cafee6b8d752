/** `run` made idempotent: the first call runs it, every call returns that call's promise. */
export function once(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= run());
}
