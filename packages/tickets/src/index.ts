/** The public surface of @frontdesk/tickets. */
export * from './builtin-sink.js';
