/**
 * The dashboard's pages and files. Every dashboard URL (/, /partner/AUS, /event/ID, /search)
 * answers the same small HTML shell; the script reads the URL and draws the view, so links can
 * be shared and the back button works.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { DashboardAssets } from './assets.js';
import { problem, sendProblem } from './problem.js';

const SHELL = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Koryu 交流</title>
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<noscript><p>The Koryu dashboard needs JavaScript. The data is also available as JSON: <a href="/openapi.json">/openapi.json</a>.</p></noscript>
<div id="app" aria-live="polite"></div>
</body>
</html>
`;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Koryu</title></head>
<body><h1>The dashboard is not built</h1>
<p>Run <code>npm run build</code> (or <code>npm install</code>, which builds it), then start the server again.
The API works meanwhile: <a href="/openapi.json">/openapi.json</a>.</p></body></html>
`;

export const DASHBOARD_PATHS = ['/', '/partner/:code', '/event/:id', '/search'] as const;

export function registerDashboard(app: OpenAPIHono, assets: DashboardAssets | undefined): void {
  for (const p of DASHBOARD_PATHS) {
    app.get(p, (c) => (assets ? c.html(SHELL) : c.html(NOT_BUILT, 503)));
  }
  app.get('/assets/:file', (c) => {
    const file = assets?.files.get(c.req.param('file'));
    if (!file) return sendProblem(c, problem(404, 'no such file'));
    if (c.req.header('if-none-match') === file.etag) return c.body(null, 304);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': file.type, etag: file.etag, 'cache-control': 'no-cache' });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
}
