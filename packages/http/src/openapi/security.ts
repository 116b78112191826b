/** The OpenAPI security schemes: personal tokens, visitor tokens, Slack signatures and Bot Framework tokens. */
import type { JsonObject } from './helpers.js';

/** Every way a caller proves itself; hooks sign their bodies instead (described on each hook). */
export const securitySchemes: Record<string, JsonObject> = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A personal access token (`fd_…`), printed at first start or made with `frontdesk token create`.',
  },
  visitorToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'A signed visitor token from `POST /widget/v1/sessions`, for the website widget.',
  },
  slackSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Slack-Signature',
    description:
      "Slack's request signature: `v0=` and the HMAC-SHA256 of `v0:<X-Slack-Request-Timestamp>:<body>` " +
      'with the signing secret.',
  },
  metricsToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'The value of FRONTDESK_METRICS_TOKEN, for `GET /metrics` (Prometheus `authorization`).',
  },
  botFrameworkJwt: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: "A Bot Framework token signed by Microsoft for the bot's app id.",
  },
};
