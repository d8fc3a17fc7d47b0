import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

/**
 * The application's scripts are fetched after what draws the page: the HTML already holds the
 * page's content (rendered on the server), so its styles and fonts come first and the scripts that
 * make it interactive follow.
 */
function scriptsAfterContent(): Plugin {
  return {
    name: 'jumelage:scripts-after-content',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" /g, '<script type="module" fetchpriority="low" ')
          .replace(/<link rel="modulepreload" /g, '<link rel="modulepreload" fetchpriority="low" '),
    },
  };
}

/**
 * Two builds: the browser's application (dist/web), and with `--ssr` the module the server renders
 * the portal's pages with (dist/server, web/src/entry-server.tsx), from the same components.
 */
export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Brotli and gzip copies of scripts, styles and data, made once at build time and served by the
  // server to browsers that accept them (src/http/web-app.ts): a phone downloads a fraction.
  // The server's copy holds its dependencies, in their production builds (React's development
  // build renders several times slower), and needs nothing from node_modules at run time.
  ...(isSsrBuild ? { ssr: { noExternal: true }, define: { 'process.env.NODE_ENV': '"production"' } } : {}),
  plugins: isSsrBuild ? [react()] : [react(), scriptsAfterContent(), compression({ threshold: 1024 })],
  build: {
    outDir: fileURLToPath(new URL(isSsrBuild ? '../dist/server' : '../dist/web', import.meta.url)),
    emptyOutDir: true,
    copyPublicDir: !isSsrBuild,
    // Fonts and the basemap are served as files: the page's policy allows no data: URLs for them.
    assetsInlineLimit: 0,
    // A chunk's imports are found by the browser as it loads it, not announced by a script that
    // adds a link to the document for each (which costs a phone a long task per page).
    modulePreload: false,
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
}));
