/** Turns texts into vectors through any OpenAI-compatible `embeddings` API (OpenAI, Ollama, vLLM…). */
import { AgentError, ValidationError } from '@frontdesk/core';
import OpenAI from 'openai';

export interface EmbeddingClientOptions {
  /** The API base, e.g. `http://127.0.0.1:11434/v1` for Ollama. Env: `FRONTDESK_EMBEDDINGS_URL`. */
  baseUrl: string;
  /** Sent as a bearer token; local servers often take any. Env: `FRONTDESK_EMBEDDINGS_KEY`. */
  apiKey?: string;
  /** The embedding model, e.g. `nomic-embed-text`. Env: `FRONTDESK_EMBEDDINGS_MODEL`. */
  model: string;
  /** Texts per request. Default 64. */
  batchSize?: number;
}

export interface EmbeddingClient {
  /** Names the vectors it makes: stored vectors are reused only for the same model. */
  readonly model: string;
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]>;
}

/** Creates the client; options are checked once, here. */
export function createEmbeddingClient(options: EmbeddingClientOptions): EmbeddingClient {
  if (!/^https?:\/\/[^/]/i.test(options.baseUrl ?? '')) {
    throw new ValidationError('embeddings: `baseUrl` (FRONTDESK_EMBEDDINGS_URL) must be an http(s) URL');
  }
  if (typeof options.model !== 'string' || options.model.trim() === '') {
    throw new ValidationError(
      'embeddings: `model` (FRONTDESK_EMBEDDINGS_MODEL) must name an embedding model',
    );
  }
  const batchSize = options.batchSize ?? 64;
  const client = new OpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey || 'none', maxRetries: 2 });
  return {
    model: options.model,
    async embed(texts, signal) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const input = texts.slice(start, start + batchSize);
        let response: OpenAI.Embeddings.CreateEmbeddingResponse;
        try {
          response = await client.embeddings.create(
            { model: options.model, input, encoding_format: 'float' },
            { signal },
          );
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new AgentError(`embeddings: ${options.baseUrl} failed: ${reason}`, { cause: error });
        }
        const ordered = [...response.data].sort((left, right) => left.index - right.index);
        if (ordered.length !== input.length) {
          throw new AgentError(`embeddings: asked for ${input.length} vectors, got ${ordered.length}`);
        }
        for (const item of ordered) vectors.push(normalize(Float32Array.from(item.embedding)));
      }
      return vectors;
    },
  };
}

/** The vector scaled to length 1, so a dot product is the cosine similarity. */
export function normalize(vector: Float32Array): Float32Array {
  let length = 0;
  for (const value of vector) length += value * value;
  length = Math.sqrt(length);
  if (length === 0) return vector;
  return vector.map((value) => value / length);
}

/** Cosine similarity of two unit-length vectors. */
export function cosine(left: Float32Array, right: Float32Array): number {
  let sum = 0;
  const length = Math.min(left.length, right.length);
  for (let position = 0; position < length; position++) sum += (left[position] ?? 0) * (right[position] ?? 0);
  return sum;
}
