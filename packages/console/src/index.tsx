/** The bundle's entry: adds the styles and renders the console into `#app`. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h, render } from 'preact';
import { App } from './app.js';
import css from './styles.css?inline';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);
const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
root.textContent = '';
render(<App />, root);
