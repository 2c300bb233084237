/** Polls `check` until it returns something truthy (returned), or fails after `timeoutMs` saying what it waited for. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
