import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console talks to the API on the same origin: in development Vite forwards /api to it.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' },
  },
  build: { outDir: '../../dist/web', emptyOutDir: true },
});
