import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The demo record software is a separate app: built here, served by demo/server.mjs, never shipped.
export default defineConfig({
  root: __dirname,
  plugins: [preact()],
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
