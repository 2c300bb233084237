/**
 * Gathers work that arrives close together (jobs running at once in this process) and does it in
 * one go: an item waits at most until the current pass ends, then every item gathered meanwhile
 * (up to `maxBatch`) is handed to `run` together. Each item's promise settles with its batch.
 */
export class Batcher<T> {
  private waiting: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private running = false;
  private scheduled = false;

  constructor(
    private readonly run: (items: T[]) => Promise<void>,
    private readonly maxBatch: number,
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    // After the current turn of the event loop, so items added by jobs started together go together.
    setImmediate(() => {
      this.scheduled = false;
      void this.pass();
    });
  }

  private async pass(): Promise<void> {
    if (this.running || this.waiting.length === 0) return;
    this.running = true;
    const batch = this.waiting.splice(0, this.maxBatch);
    try {
      await this.run(batch.map((w) => w.item));
      batch.forEach((w) => w.resolve());
    } catch (error) {
      batch.forEach((w) => w.reject(error));
    } finally {
      this.running = false;
      if (this.waiting.length > 0) this.schedule();
    }
  }
}
