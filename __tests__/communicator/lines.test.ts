// LineBuffer: chunks cut anywhere become the lines a person reads, whatever the output's shape,
// in time proportional to its size and memory bounded by the line cap.
import { LineBuffer, MAX_LINE_BYTES, type LineBufferOptions } from '../../src/communicator/lines.js';

function linesOf(chunks: (string | Buffer)[], options?: LineBufferOptions): string[] {
  const lines: string[] = [];
  const buffer = new LineBuffer(line => lines.push(line), options);
  for (const chunk of chunks) buffer.push(chunk);
  buffer.end();
  return lines;
}

test('splits on \\n and \\r\\n, and gives the last line without a newline at the end', () => {
  expect(linesOf(['one\ntw', 'o\r\nthree'])).toEqual(['one', 'two', 'three']);
  expect(linesOf(['a\n\nb\n'])).toEqual(['a', '', 'b']);
});

test('a \\r\\n cut between two chunks is one line break', () => {
  expect(linesOf(['abc\r', '\ndef\n'])).toEqual(['abc', 'def']);
  expect(linesOf(['abc\r'])).toEqual(['abc']);
});

test('keeps a UTF-8 character split across chunks whole', () => {
  const euro = Buffer.from('prix: 5€\n');
  expect(linesOf([euro.subarray(0, 8), euro.subarray(8, 9), euro.subarray(9)])).toEqual(['prix: 5€']);
});

test('a progress bar redrawn with \\r becomes the line it ends on, not a thousand lines', () => {
  const bar = Array.from({ length: 1000 }, (_, i) => `\r${i + 1}%`).join('');
  expect(linesOf(['Downloading\n', bar, '\n', 'done\n'])).toEqual(['Downloading', '1000%', 'done']);
  // A bar that ends with \r and then a newline shows its last state.
  expect(linesOf(['50%\r100%\r', '\n'])).toEqual(['100%']);
  // And one the stream ends on.
  expect(linesOf(['\r10%\r20%'])).toEqual(['20%']);
});

test('a lone \\r between two texts keeps the later one, as a terminal shows it', () => {
  expect(linesOf(['Reading package lists... 0%\rReading package lists... Done\n'])).toEqual([
    'Reading package lists... Done'
  ]);
});

test('a bar that keeps redrawing shows its state every progressEveryMs of the clock', () => {
  let clock = 0;
  const lines: string[] = [];
  const buffer = new LineBuffer(line => lines.push(line), { progressEveryMs: 1000, now: () => clock });
  for (let i = 1; i <= 30; i++) {
    clock = i * 100; // ten redraws a "second"
    buffer.push(`\r${i}/30`);
  }
  buffer.push('\n');
  // Each \r ends the state before it: at 1 s the bar had drawn 9/30.
  expect(lines).toEqual(['9/30', '19/30', '29/30', '30/30']);
});

test('a line over the cap keeps its first bytes, at a character boundary, with a note', () => {
  const long = 'é'.repeat(40) + 'x'.repeat(20); // 100 bytes
  expect(linesOf([long + '\nnext\n'], { maxLineBytes: 51 })).toEqual([
    `${'é'.repeat(25)} [line truncated: 50 bytes not shown]`,
    'next'
  ]);
  expect(linesOf(['a'.repeat(10)], { maxLineBytes: 4 })).toEqual([
    'aaaa [line truncated: 6 bytes not shown]'
  ]);
});

test('600 MB on one line, in 64 KiB chunks, passes through in bounded memory', () => {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const chunks = Math.ceil(600_000_000 / chunk.length);
  const lines: string[] = [];
  const buffer = new LineBuffer(line => lines.push(line));
  global.gc?.();
  const before = process.memoryUsage();
  let peak = 0;
  for (let i = 0; i < chunks; i++) {
    buffer.push(chunk);
    if (i % 1024 === 0) {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed - before.heapUsed + (now.external - before.external));
    }
  }
  buffer.push('\nafter\n');
  buffer.end();
  expect(lines).toEqual([
    `${'a'.repeat(MAX_LINE_BYTES)} [line truncated: ${chunks * chunk.length - MAX_LINE_BYTES} bytes not shown]`,
    'after'
  ]);
  // What is kept is the cap, not the line: well under the 600 MB that went through.
  expect(peak).toBeLessThan(64 * 1024 * 1024);
});

test('16 MB of short lines and of \\r redraws pass through', () => {
  const chunk = Buffer.from('0123456789abcde\n'.repeat(4096)); // 64 KiB of 16-byte lines
  let count = 0;
  const buffer = new LineBuffer(() => count++);
  const chunks = Math.ceil(16_000_000 / chunk.length);
  for (let i = 0; i < chunks; i++) buffer.push(chunk);
  buffer.end();
  expect(count).toBe(chunks * 4096);

  const bar = Buffer.from('\r0123456789abcde'.repeat(4096));
  const shown: string[] = [];
  const progress = new LineBuffer(line => shown.push(line), { progressEveryMs: Infinity });
  for (let i = 0; i < chunks; i++) progress.push(bar);
  progress.end();
  expect(shown).toEqual(['0123456789abcde']);
});
