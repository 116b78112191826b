// A fake OpenAI-compatible `POST /v1/embeddings`. Its vectors mean something (a hashed bag of
// character trigrams of the words), so similar wording gives similar vectors, typos included,
// without any knowledge of synonyms or other languages: hybrid scores against it measure the
// fusion and storage code, not the quality of a real embedding model.
import { createHash } from 'node:crypto';
import { type HttpFake, type RecordedRequest, sendJson, startHttpFake } from './http-fake.js';

export const FAKE_EMBEDDINGS_KEY = 'sk-test-embeddings-0123456789';
const DIMENSIONS = 512;

export interface FakeEmbeddings extends HttpFake {
  /** Every text the fake has embedded, in order. */
  inputs(): string[];
}

/** Starts the fake; `failWith` makes every request fail with that HTTP status. */
export async function startFakeEmbeddings(options: { failWith?: number } = {}): Promise<FakeEmbeddings> {
  const inputs: string[] = [];
  const fake = await startHttpFake((request: RecordedRequest, response) => {
    if (request.method !== 'POST' || request.path !== '/v1/embeddings') {
      return sendJson(response, 404, { error: { message: 'Unknown route', type: 'invalid_request_error' } });
    }
    if (request.headers.authorization !== `Bearer ${FAKE_EMBEDDINGS_KEY}`) {
      return sendJson(response, 401, {
        error: { message: 'Incorrect API key provided.', code: 'invalid_api_key' },
      });
    }
    if (options.failWith)
      return sendJson(response, options.failWith, { error: { message: 'scripted failure' } });
    const body = request.body as { model?: unknown; input?: unknown };
    const texts = typeof body.input === 'string' ? [body.input] : body.input;
    if (
      typeof body.model !== 'string' ||
      !Array.isArray(texts) ||
      !texts.every((text) => typeof text === 'string')
    ) {
      return sendJson(response, 400, {
        error: { message: "'model' and 'input' (text or list of text) are required" },
      });
    }
    inputs.push(...texts);
    sendJson(response, 200, {
      object: 'list',
      model: body.model,
      data: texts.map((text, index) => ({ object: 'embedding', index, embedding: [...trigramVector(text)] })),
      usage: { prompt_tokens: texts.length, total_tokens: texts.length },
    });
  });
  return { ...fake, inputs: () => [...inputs] };
}

/** Counts of hashed character trigrams of each word (padded with spaces), accents folded. */
function trigramVector(text: string): Float32Array {
  const vector = new Float32Array(DIMENSIONS);
  const words =
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) {
    if (word.length < 3) continue;
    const padded = ` ${word} `;
    for (let start = 0; start + 3 <= padded.length; start++) {
      const digest = createHash('md5')
        .update(padded.slice(start, start + 3))
        .digest();
      const slot = digest.readUInt16LE(0) % DIMENSIONS;
      vector[slot] = (vector[slot] ?? 0) + 1;
    }
  }
  return vector;
}
