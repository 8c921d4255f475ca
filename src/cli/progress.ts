/** A one-line progress bar on a terminal, redrawn at most ten times a second. */
const WIDTH = 28;

export class Progress {
  private last = 0;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  update(done: number, failed: number): void {
    const now = performance.now();
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    const filled = Math.round((done / Math.max(1, this.total)) * WIDTH);
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    const fails = failed ? ` · ${failed} failed` : '';
    this.stream.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${this.total} · ${rate.toFixed(1)} pages/s${fails}\x1b[K`,
    );
  }

  clear(): void {
    this.stream.write('\r\x1b[K');
  }
}
