/** The attachment tray's texts in English (in the tray chunk); each language file holds its own. */
export const attachStrings = {
  attach: 'Attach a file',
  attachCamera: 'Take a photo',
  attachRemove: 'Remove',
  attachRetry: 'Retry upload',
  attachFailed: 'Upload failed.',
  attachTooLarge: 'Larger than {max} MB.',
  attachType: 'This kind of file cannot be sent.',
  attachTooMany: 'At most {max} files per message.',
};
export type AttachStrings = typeof attachStrings;

export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
