import type { BenchModule } from './lib/module.ts';
import { bundleModule } from './modules/bundle.ts';
import { inspectorModule } from './modules/inspector.ts';
import { protocolModule } from './modules/protocol.ts';
import { streamModule } from './modules/stream.ts';
import { threadsModule } from './modules/threads.ts';

/**
 * The suite, in the order it runs and prints. A new figure is one more module here.
 */
export const modules: BenchModule[] = [
  protocolModule,
  streamModule,
  inspectorModule,
  threadsModule,
  bundleModule,
];
