import react from "@vitejs/plugin-react";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin, ProxyOptions } from "vite";
import { defineConfig } from "vitest/config";

// The backend (`filiere serve`) answers these; the dev server forwards them so that the SPA, the API
// and the OIDC issuer share one origin, as they do in production.
const backend = "http://127.0.0.1:8000";

type Json = Record<string, unknown>;

/** Dev server only: the embedded issuer advertises absolute URLs on :8000 and sends no CORS headers,
 * so the SPA on :5173 could not call its token endpoint. These two answers are rewritten to point at
 * the dev server's own origin (which proxies them); the `issuer` value, checked against the tokens'
 * `iss`, is left as it is. An external issuer (Keycloak) is not touched. */
function rewritingJson(rewrite: (body: Json, origin: string) => Json): ProxyOptions {
  return {
    target: backend,
    selfHandleResponse: true,
    configure(proxy) {
      proxy.on("proxyRes", (proxyRes: IncomingMessage, req: IncomingMessage, res: ServerResponse) => {
        const chunks: Buffer[] = [];
        proxyRes.on("data", (chunk: Buffer) => chunks.push(chunk));
        proxyRes.on("end", () => {
          let body = Buffer.concat(chunks).toString("utf8");
          try {
            body = JSON.stringify(rewrite(JSON.parse(body) as Json, `http://${req.headers.host ?? "127.0.0.1:5173"}`));
          } catch {
            // Not JSON (an error page): pass it on unchanged.
          }
          res.writeHead(proxyRes.statusCode ?? 502, {
            "content-type": proxyRes.headers["content-type"] ?? "application/json",
            "cache-control": "no-cache",
          });
          res.end(body);
        });
      });
    },
  };
}

const atDevOrigin = (value: unknown, origin: string) =>
  typeof value === "string" && value.startsWith(backend) ? origin + value.slice(backend.length) : value;

/** The Gantt's stylesheet declares its fonts (Roboto, Open Sans) on the vendor's CDN: the app's CSP refuses
 * them, and Chromium logged fourteen violations per cohort page. The chart is drawn in the app's own fonts
 * (RetroplanningGantt.module.css), so the declarations are dropped from the bundle. */
function withoutVendorFonts(): Plugin {
  return {
    name: "filiere:without-vendor-fonts",
    transform(code, id) {
      if (!/@svar-ui\/.+\.css$/.test(id)) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ""), map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), withoutVendorFonts()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: {
      "/graphql": { target: backend },
      "/auth": { target: backend },
      "/exports": { target: backend },
      // An event's registrations for badges (the rest of /evenements is the SPA's).
      "/evenements/exports": { target: backend },
      "/calendar": { target: backend },
      // The embedded document store (local backend): signed upload and download links.
      "/files": { target: backend },
      "/config.json": rewritingJson((config, origin) => ({
        ...config,
        oidcAuthority: atDevOrigin(config["oidcAuthority"], origin),
      })),
      "/.well-known": rewritingJson((metadata, origin) =>
        Object.fromEntries(
          Object.entries(metadata).map(([key, value]) => [key, key === "issuer" ? value : atDevOrigin(value, origin)]),
        ),
      ),
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // react-dom, react-router, i18next, zod and oidc-client-ts: ~150 kB gzipped, loaded once, cached.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/](?!charts)/ },
            { name: "graphql", test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|zen-observable)/ },
            // The Gantt chart, the charts and the map stay out of these groups: they load with the pages
            // that draw them (lazy imports), not at start-up.
            {
              name: "vendor",
              test: /node_modules[\\/](?!@svar-ui|maplibre-gl|@vis\.gl|recharts|@mantine[\\/]charts|d3-|victory-vendor|@reduxjs|redux|react-redux|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3)/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    // One VM context per file on reused workers: files stay isolated from each other (module mocks, stubbed
    // globals) without a fresh worker each — half the time of the default pool on two cores.
    pool: "vmThreads",
    // `make test` runs these beside the backend suite on two cores: a slow render is not a failure.
    testTimeout: 30_000,
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    restoreMocks: true,
  },
});
