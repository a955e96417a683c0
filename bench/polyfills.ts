/** Benchmarks run parts of the renderer under Node: give them IndexedDB and the build constants. */
import 'fake-indexeddb/auto';
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = 'bench';
