/** Vite's `?inline` CSS imports are strings. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** Vite's `import.meta.glob`, as the lazily loaded languages use it. */
interface ImportMeta {
  glob<T>(pattern: string, options: { import: 'default' }): Record<string, () => Promise<T>>;
}
