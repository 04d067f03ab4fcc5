/** esbuild bundles the stylesheet that main.ts imports into app.css. */
declare module '*.css';
