import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

/**
 * The application's stylesheet no longer holds back the page's first paint: it is fetched at once
 * as a preload and applied by the entry script before the application draws (web/src/main.tsx),
 * so the frame the HTML carries, with its own inline styles, is on screen while styles and
 * scripts download.
 */
function stylesAppliedByTheApplication(): Plugin {
  return {
    name: 'jumelage:styles-applied-by-the-application',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<link rel="stylesheet" crossorigin href="(\/assets\/index-[^"]+\.css)">/,
          '<link rel="preload" as="style" crossorigin href="$1" data-application-styles>',
        ),
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Brotli and gzip copies of scripts, styles and data, made once at build time and served by the
  // server to browsers that accept them (src/http/web-app.ts): a phone downloads a fraction.
  plugins: [react(), stylesAppliedByTheApplication(), compression({ threshold: 1024 })],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Fonts and the basemap are served as files: the page's policy allows no data: URLs for them.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // Each language's messages under a name the server finds, to announce the reader's own
        // with the page (src/http/web-app.ts) rather than after the first script has run.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/i18n/messages/')
            ? 'assets/messages-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
