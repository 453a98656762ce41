/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';
import { seedAssets } from './scripts/vite/seedAssets.ts';

export default defineConfig({
  plugins: [seedAssets(fileURLToPath(new URL('./seeds', import.meta.url))), react(), tailwindcss(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
