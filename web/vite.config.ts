import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Everything the page needs is bundled into dist/ (no CDN, no web fonts): the app must open on
// an offline government network (issue 11). The gateway's address comes at run time from
// /app-config.json, so one build serves every deployment.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', assetsInlineLimit: 0, sourcemap: true },
});
