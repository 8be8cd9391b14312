import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

// The portal: built into dist/client and served by the API process at `/`.
export default defineConfig({
  root: 'client',
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./client', import.meta.url)) } },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    // The portal, and the API explorer (GraphiQL) as a page of its own.
    rollupOptions: {
      input: {
        portal: fileURLToPath(new URL('./client/index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./client/explorer.html', import.meta.url)),
      },
    },
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    // Only the endpoint itself: client/graphql/*.ts are portal modules served by Vite.
    proxy: { '^/graphql/?(\\?.*)?$': `http://127.0.0.1:${process.env.PORT ?? 4000}` },
  },
});
