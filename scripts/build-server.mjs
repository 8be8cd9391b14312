// Compiles the server once into dist/server/main.js (npm start runs it; `npm run dev`
// keeps tsx with reload). Dependencies stay in node_modules; only our code is bundled.
import { build } from 'esbuild';

const at = process.argv.indexOf('--outfile');
const outfile = at > 0 ? process.argv[at + 1] : 'dist/server/main.js';
const started = performance.now();
await build({
  entryPoints: ['server/main.ts'],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // experimentalDecorators and useDefineForClassFields: false come from tsconfig.json;
  // no decorator metadata is needed (every decorator names its type, STACK.md).
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
console.log(`server built in ${Math.round(performance.now() - started)} ms: ${outfile}`);
