// Vite build of the single-page app. No request may leave the page for another host (README, Privacy),
// so assets are never inlined as data: URIs (docs/architecture.md#security: keeps a strict CSP possible).
// index.html carries the Content-Security-Policy as a <meta http-equiv> (works on any static host);
// `vite preview` also sends it as an HTTP header (with frame-ancestors, which a <meta> cannot set).
// The dev server has no CSP: Vite's dev client and React Refresh need inline scripts.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the app (docs/architecture.md#security): only this origin, no inline
 * script, no eval; images also from `blob:` and `data:` (chart PNG export); nothing embeds the page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/>\s*/;

/**
 * Keeps the CSP <meta http-equiv> of index.html honest: the build fails when it differs from
 * {@link CONTENT_SECURITY_POLICY}; the dev server drops it (its client and React Refresh use inline scripts).
 */
function cspMeta(): Plugin {
  return {
    name: 'youth-reach-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const found = CSP_META.exec(html);
        if (context.server) return html.replace(CSP_META, '');
        if (!found || found[1] !== CONTENT_SECURITY_POLICY) {
          throw new Error('index.html: the Content-Security-Policy <meta> must equal CONTENT_SECURITY_POLICY in vite.config.ts');
        }
        return html;
      },
    },
  };
}

/**
 * Offline and installable (https://vite-pwa-org.netlify.app/guide/): a Workbox service worker precaches
 * every file of the build (scripts, styles, workers, sample data, icons), so after the first visit the app
 * opens with the network off. It is registered by an external `registerSW.js` (no inline script, so the
 * CSP holds) with a relative scope, which keeps the build working under any base path. A new build
 * replaces the old cache on the next visit (`autoUpdate`). The manifest and icons make it installable.
 */
function offline() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script',
    includeAssets: ['favicon.svg', 'icon.svg'],
    manifest: {
      name: 'Jongerenbereik',
      short_name: 'Jongerenbereik',
      description: 'Welk deel van het publiek op sociale media jonger is dan 25, per entiteit en platform.',
      lang: 'nl-BE',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5394',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Everything the app needs, including the bundled sample exports and the workers.
      globPatterns: ['**/*.{js,css,html,svg,png,csv,zip,xlsx,xls,json,txt,webmanifest}'],
      // The largest chunk (SheetJS, pptxgenjs) is above Workbox's 2 MiB default.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Hash routing: every screen is index.html, so no navigation fallback is needed beyond it.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Take over the open page at once, so the very first visit already works offline afterwards.
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

export default defineConfig({
  plugins: [react(), cspMeta(), offline()],
  base: './',
  resolve: {
    // The spreadsheet reader is fetched on demand (src/workers/xlsx-on-demand.ts): the format code imports
    // `@e965/xlsx`, which in the app is that module; it loads the real library (`@e965/xlsx/xlsx.mjs`) when
    // a spreadsheet arrives. Only the exact name is replaced (a regular expression), not its subpaths.
    alias: [{ find: /^@e965\/xlsx$/, replacement: fileURLToPath(new URL('./src/workers/xlsx-on-demand.ts', import.meta.url)) }],
  },
  build: {
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  server: { host: '127.0.0.1' },
});
