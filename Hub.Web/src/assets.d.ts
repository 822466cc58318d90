// esbuild loads .html files imported from code as text, and bundles imported .css next to the script
// (see scripts/build.mjs).
declare module "*.html" {
  const text: string;
  export default text;
}

declare module "*.css";
