/** The bundle's entry: adds the styles and renders the console into `#app`. */
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h, render } from 'preact';
import { App } from './app.js';
import deskCss from './desk.css?inline';
import markdownCss from './markdown.css?inline';
import setupCss from './setup.css?inline';
import css from './styles.css?inline';
import tablesCss from './tables.css?inline';

const style = document.createElement('style');
style.textContent = [css, tablesCss, markdownCss, setupCss, deskCss].join('\n');
document.head.append(style);
const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
root.textContent = '';
render(<App />, root);
