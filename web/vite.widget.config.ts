import { defineConfig } from 'vite';

// `/widget.js`, the chat widget's loader that platforms put on their pages: one classic
// script (an IIFE, no imports), built after the app into the same dist/ and never
// fingerprinted, since its address is in the platforms' pages.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/embed/widget.ts',
      formats: ['iife'],
      name: 'FlexBNBWidget',
      fileName: () => 'widget.js',
    },
  },
});
