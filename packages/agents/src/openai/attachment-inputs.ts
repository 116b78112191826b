/**
 * The files a message names (`[📎 name](attachment:att_…)` lines) as the model reads them: images
 * as `image_url` parts with data: URLs read from the file store, anything else as a line giving
 * its name and type. History turns keep only text.
 */
import { ATTACHMENT_LINE } from '@frontdesk/core';
import type { ChatCompletionContentPart } from 'openai/resources/chat/completions';

/** Reads a stored file of this bot; undefined when missing or another bot's (the caller checks). */
export interface AgentFiles {
  get(
    id: string,
  ): Promise<{ info: { name: string; type: string; size: number }; body: Uint8Array } | undefined>;
}

/** The image types vision models take. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
/** Per image: a data: URL is a third larger than the file, and providers cap requests at ~20 MB. */
export const MAX_IMAGE_INPUT_BYTES = 5 * 1024 * 1024;
/** Images per message sent to the model; the rest are named in text. */
export const MAX_IMAGE_INPUTS = 5;

export interface AttachmentInputOptions {
  files?: AgentFiles | undefined;
  /** False for text-only models: every file is named, none is sent. */
  imageInputs: boolean;
}

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : `${Math.ceil(bytes / 1024)} KB`;

/** The text with each file line reduced to its name: what history turns keep. */
export function withoutFileLinks(text: string): string {
  return text.replace(new RegExp(ATTACHMENT_LINE.source, 'g'), (_line, name: string) => `[📎 ${name}]`);
}

/**
 * The content of the person's message: the plain text when it names no file, else a text part
 * (the words, then one line per file not sent as an image) followed by the image parts.
 */
export async function userContent(
  text: string,
  options: AttachmentInputOptions,
): Promise<string | ChatCompletionContentPart[]> {
  const links = [...text.matchAll(new RegExp(ATTACHMENT_LINE.source, 'g'))];
  if (links.length === 0) return text;
  const words = text
    .replace(new RegExp(ATTACHMENT_LINE.source, 'g'), '')
    .replace(/\n{2,}/g, '\n')
    .trim();
  const notes: string[] = [];
  const images: ChatCompletionContentPart[] = [];
  for (const [, name, id] of links) {
    const file = await options.files?.get(id as string).catch(() => undefined);
    if (!file) {
      notes.push(`The person attached "${name}", which could not be read.`);
      continue;
    }
    const { type, size } = file.info;
    const described = `"${file.info.name}" (${type}, ${sizeLabel(size)})`;
    if (!IMAGE_TYPES.has(type) || !options.imageInputs) {
      notes.push(`The person attached the file ${described}; you cannot open it.`);
    } else if (size > MAX_IMAGE_INPUT_BYTES || file.body.byteLength > MAX_IMAGE_INPUT_BYTES) {
      notes.push(`The person attached the image ${described}; it is too large to show you.`);
    } else if (images.length >= MAX_IMAGE_INPUTS) {
      notes.push(`The person attached the image ${described}; only the first ${MAX_IMAGE_INPUTS} are shown.`);
    } else {
      notes.push(`The person attached the image ${described}, shown below.`);
      const url = `data:${type};base64,${Buffer.from(file.body).toString('base64')}`;
      images.push({ type: 'image_url', image_url: { url } });
    }
  }
  const said = [words, ...notes].filter(Boolean).join('\n');
  return images.length === 0 ? said : [{ type: 'text', text: said }, ...images];
}
