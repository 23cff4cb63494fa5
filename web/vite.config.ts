import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev`: hot reload here, the API (and its socket) proxied to the server on :3000.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api/messaging/socket': { target: apiTarget, ws: true },
      '/api': { target: apiTarget },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The main chunk carries React, TanStack Query, socket.io-client and the shared zod contracts
    // (about 160 kB gzipped); the emoji picker is split off and loaded on first use.
    chunkSizeWarningLimit: 800,
  },
});
