/** The knowledge screen's CSS, added when the screen's chunk loads. */
import { addScreenStyle } from '../screen-style.js';
import css from './knowledge.css?inline';

export const addStyle = () => addScreenStyle('knowledge', css);
