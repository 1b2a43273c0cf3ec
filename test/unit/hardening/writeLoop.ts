// Child process for the crash test: rewrites one file atomically, alternating two contents, until it is killed.
// Prints "ready" once the first write has landed. Usage: node --require tsx/cjs writeLoop.ts <file>
import { writeFileAtomic } from '../../../src/extension/sidecar/atomicWrite';
import { generation, nodeFileSystem } from './nodeFileSystem';

async function loop(file: string): Promise<void> {
  const contents = [generation('old'), generation('new')].map((text) => new TextEncoder().encode(text));
  for (let i = 0; ; i++) {
    await writeFileAtomic(nodeFileSystem, file, contents[i % 2]);
    if (i === 0) process.stdout.write('ready\n');
  }
}

void loop(process.argv[2]);
