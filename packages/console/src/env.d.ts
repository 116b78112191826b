/** Vite's `?inline` CSS imports are strings. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
