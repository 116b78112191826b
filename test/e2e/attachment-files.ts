// Small real files for the attachment tests.

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** The smallest PDF a sniffer recognises. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A 160×100 PNG that looks like a screenshot of an error page (title bar, red error box, button). */
export const SCREENSHOT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAKAAAABkCAIAAACO1KzYAAAA80lEQVR42u3dsQ2AMAxFwYyTjtFomZBhCCsgaKlBiuzknv4EXGNoKMvabOAVjwCwATbABtgAG2ADDNgAG2ADbIDtF/CtoQMMWIAFWIAFWIAFGLAAC7AAC7AACzDgL+21WocBBgwYMGDAgAEbYANsMYCv87AOAwwYMGDAgAEDNsAG2DIAb3oFGDBgwIABO7IcWYABAwZsgA2weU3K8aoDGDBgwIABO7IcWYABAwZsgA2wAQYMGDBgwIDnA1b8AAMWYAEWYAEWYAEGLMCzFOE37YABAwYswIABAwYMGDBgwIABAwbsU6UAC7AAC7AACzBgAVaaHvq7c6MkBuwQAAAAAElFTkSuQmCC',
  'base64',
);
