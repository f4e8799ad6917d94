import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The comparison pages of `npm run bench` (a naive markdown re-render, parsing alone, and parsing
// with the bare text shown), built apart from the app so they never change its entry or its
// chunks. Served under /bench/ by the bench's `vite preview` of dist-bench.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bench/',
  publicDir: false,
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) },
  },
  build: {
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        'baseline-naive': fileURLToPath(new URL('./baseline-naive.html', import.meta.url)),
        'parse-only': fileURLToPath(new URL('./parse-only.html', import.meta.url)),
        'text-only': fileURLToPath(new URL('./text-only.html', import.meta.url)),
      },
    },
  },
});
