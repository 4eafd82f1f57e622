import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    // Ceilings for a test and its hooks, above vitest.setup.ts's wait ceiling: what a test waits
    // for decides when it passes; these only stop one that never will.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
