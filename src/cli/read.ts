/**
 * Reads an input without ever holding more than the size limit plus one byte: /dev/zero, as a
 * file or piped in, costs MAX_INPUT_BYTES of memory and stops there.
 */
import { open } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from './limits.js';

export class ReadError extends Error {}

function explain(path: string, error: unknown): ReadError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot read (${code ?? String(error)})`;
  return new ReadError(`${path}: ${why}`);
}

/** At most `limit + 1` bytes of a file ("-": standard input). */
export async function readBounded(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  if (path === '-') return readStreamBounded(process.stdin, limit);
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw explain(path, error);
  }
  try {
    const buffer = Buffer.allocUnsafe(limit + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    throw explain(path, error);
  } finally {
    await file.close();
  }
}

/** At most `limit + 1` bytes of a stream, which is then destroyed. */
export async function readStreamBounded(
  stream: NodeJS.ReadableStream & { destroy(): void },
  limit: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buf.subarray(0, limit + 1 - total));
    total += Math.min(buf.length, limit + 1 - total);
    if (total > limit) {
      stream.destroy(); // stop reading: the input is too large whatever follows
      break;
    }
  }
  return Buffer.concat(chunks, total);
}
