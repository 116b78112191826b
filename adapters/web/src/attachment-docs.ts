/** The OpenAPI operations of the widget's attachment routes. */
import { widgetAttachmentSchema } from '@frontdesk/core/wire';
import { describe, error, ok, pathParameter } from '@frontdesk/http/openapi/helpers';

export const attachmentDocs = {
  upload: describe({
    operationId: 'uploadWidgetAttachment',
    summary: 'Store one file the visitor attaches; a message then refers to it by the returned id',
    description:
      "The body is the file's bytes. Its type is found from its content and must be one of the bot's " +
      '`widget.attachments.types`; its size at most `maxBytes`.',
    security: [{ visitorToken: [] }],
    parameters: [{ name: 'name', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } }],
    requestBody: {
      required: true,
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    },
    responses: {
      '201': ok('The stored file.', widgetAttachmentSchema),
      '400': error(
        'No name, an empty file, a type the bot does not accept, a file over its size limit, or attachments are off.',
      ),
      '401': error('Missing, invalid or expired visitor token.'),
      '403': error('The page origin is not allowed for this bot.'),
      '429': error('Too many uploads from this address.'),
    },
  }),
  download: describe({
    operationId: 'getWidgetAttachment',
    summary: 'A stored attachment, for the visitor who sent it or staff who may read conversations',
    description:
      'Served with the type found from its bytes, `X-Content-Type-Options: nosniff`, a sandboxing ' +
      'Content-Security-Policy, and `Content-Disposition: attachment` for anything but images.',
    security: [{ visitorToken: [] }, { bearerAuth: [] }],
    parameters: [pathParameter('id')],
    responses: {
      '200': {
        description: 'The file.',
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      },
      '401': error('No visitor token, staff token or session.'),
      '403': error('The token may not read conversations.'),
      '404': error("No such attachment, or not this visitor's."),
    },
  }),
};
