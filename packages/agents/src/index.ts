/** The public surface of @frontdesk/agents. */
export { isNoAnswerText } from './answer-phrases.js';
export type { Article, Section } from './article.js';
export {
  type ComposeAnswerOptions,
  type ComposedAnswer,
  composeAnswer,
  NO_ANSWER_TEXT,
} from './compose-answer.js';
export { type ConnectorDocument, documentSource } from './connectors/connector-document.js';
export {
  ConnectorError,
  type ConnectorQueryOptions,
  type ConnectorTarget,
  queryConnector,
  searchConnectors,
  serviceAuthorization,
} from './connectors/connector-search.js';
export { type McpResource, type McpResourcesTarget, readMcpResources } from './connectors/mcp-resources.js';
export {
  type ListedTool,
  type McpToolsTarget,
  mcpToolFunctions,
  type ToolListCache,
} from './connectors/mcp-tools.js';
export { createEmbeddedAgent, type EmbeddedAgent, type EmbeddedAgentOptions } from './embedded-agent.js';
export {
  createEmbeddingClient,
  type EmbeddingClient,
  type EmbeddingClientOptions,
} from './embeddings/embedding-client.js';
export { createMemoryVectorStore, type VectorStore } from './embeddings/vector-store.js';
export { FrontMatterError, parseFrontMatter } from './front-matter.js';
export { createAnchorSlugger, headingAnchor, plainHeading } from './heading-anchor.js';
export { createKnowledgeIndex, type KnowledgeIndex, type Passage } from './knowledge-index.js';
export { type LoadKnowledgeOptions, loadKnowledge, parseArticle } from './load-knowledge.js';
export type { AgentFiles } from './openai/attachment-inputs.js';
export {
  createHttpFunction,
  type FunctionFetch,
  functionSignature,
  type HttpFunction,
  type HttpFunctionOptions,
} from './openai/http-function.js';
export { createOpenAiAgent, type OpenAiAgentOptions } from './openai/openai-agent.js';
export type { QueryPart } from './query-terms.js';
export { questionTerms } from './question-terms.js';
export {
  BUSY_TEXT,
  type ConversationMap,
  createRemoteAgent,
  type RemoteAgentOptions,
} from './remote/remote-agent.js';
export { absoluteUrl, sectionUrl } from './source-url.js';
