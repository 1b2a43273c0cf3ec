import * as assert from 'node:assert/strict';
import { ChangeBatcher } from '../../../src/extension/summary/changeBatcher';

/** A batcher over `{ key, n }` items that records each batch it processes. */
function recordingBatcher(delayMs: number, process?: (items: { key: string; n: number }[]) => Promise<void>) {
  const batches: { key: string; n: number }[][] = [];
  const batcher = new ChangeBatcher<{ key: string; n: number }>(
    delayMs,
    (item) => item.key,
    async (items) => {
      batches.push(items);
      await process?.(items);
    },
  );
  return { batcher, batches };
}

function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('ChangeBatcher (coalescing watcher events)', () => {
  it('hands a burst of events within the delay to one batch, each file once with its latest event', async () => {
    const { batcher, batches } = recordingBatcher(20);
    for (let n = 0; n < 1000; n++) batcher.add({ key: `file-${n % 10}`, n });
    assert.equal(batcher.pending, 10);
    await settle(60);
    assert.equal(batches.length, 1);
    assert.equal(batches[0].length, 10);
    assert.deepEqual(
      batches[0].map((item) => item.n),
      [990, 991, 992, 993, 994, 995, 996, 997, 998, 999],
    );
  });

  it('processes at once on flush, without waiting for the timer, and not again when the timer would have fired', async () => {
    const { batcher, batches } = recordingBatcher(10_000);
    batcher.add({ key: 'a', n: 1 });
    await batcher.flush();
    assert.deepEqual(batches, [[{ key: 'a', n: 1 }]]);
    await batcher.flush();
    assert.equal(batches.length, 1, 'an empty flush processes nothing');
    batcher.dispose();
  });

  it('never runs two batches at once: events arriving during a batch go into the next one', async () => {
    let running = 0;
    let overlapped = false;
    const { batcher, batches } = recordingBatcher(5, async () => {
      running++;
      overlapped ||= running > 1;
      await settle(30);
      running--;
    });
    batcher.add({ key: 'a', n: 1 });
    await settle(15);
    batcher.add({ key: 'b', n: 2 });
    batcher.add({ key: 'c', n: 3 });
    await batcher.flush();
    assert.equal(overlapped, false);
    assert.deepEqual(
      batches.map((batch) => batch.map((item) => item.key)),
      [['a'], ['b', 'c']],
    );
  });

  it('keeps going after a batch that throws', async () => {
    const { batcher, batches } = recordingBatcher(5, async (items) => {
      if (items[0].key === 'bad') throw new Error('unreadable');
    });
    batcher.add({ key: 'bad', n: 1 });
    await assert.rejects(batcher.flush(), /unreadable/);
    batcher.add({ key: 'good', n: 2 });
    await batcher.flush();
    assert.deepEqual(
      batches.map((batch) => batch[0].key),
      ['bad', 'good'],
    );
  });

  it('drops what is pending when disposed and ignores later events', async () => {
    const { batcher, batches } = recordingBatcher(5);
    batcher.add({ key: 'a', n: 1 });
    batcher.dispose();
    batcher.add({ key: 'b', n: 2 });
    await settle(20);
    await batcher.flush();
    assert.deepEqual(batches, []);
  });
});
