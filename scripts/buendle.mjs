// Bundles the built CLI (dist/src/cli/main.js, from tsc) into dist/bundle/: the entry, the chart worker, and chunks
// for the modules loaded on demand (rendering, browser). Node then resolves and reads a dozen files
// instead of several hundred, which halves the start-up time. Deterministic: chunk names are content hashes.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const wurzel = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ziel = path.join(wurzel, 'dist/bundle');
await rm(ziel, { recursive: true, force: true });
await build({
  entryPoints: {
    main: path.join(wurzel, 'dist/src/cli/main.js'),
    // the chart worker thread, found beside the chunk that starts it
    'diagramm-arbeiter': path.join(wurzel, 'dist/src/diagramme/diagramm-arbeiter.js'),
  },
  outdir: ziel,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (handlebars, yaml, …) call require(); ESM output has none of its own.
  banner: { js: "import { createRequire as __ewmCreateRequire } from 'node:module'; const require = __ewmCreateRequire(import.meta.url);" },
  // subset-font's WebAssembly helpers (emscripten) find their files via __dirname: loaded from node_modules as they are.
  external: ['subset-font'],
  // proxy-agent serves only browser downloads in puppeteer's browser manager; see the stand-in's comment.
  alias: { 'proxy-agent': path.join(wurzel, 'scripts/bundle-ersatz/proxy-agent.mjs') },
  logLevel: 'warning',
});
