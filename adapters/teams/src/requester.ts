/** Who wrote: name and AAD object id from the activity; the email when the member lookup is allowed. */
import type { Requester } from '@frontdesk/core';
import type { Activity } from '@microsoft/agents-activity';
import type { ConnectorClient, TurnContext } from '@microsoft/agents-hosting';

/** A lookup that takes longer than this is skipped; the answer matters more than the email. */
const LOOKUP_TIMEOUT_MS = 3000;

/** The requester as far as the activity tells. */
export function requesterFromActivity(activity: Activity): Requester {
  const from = activity.from;
  const id = from?.aadObjectId ?? from?.id;
  return { ...(id ? { id } : {}), ...(from?.name ? { name: from.name } : {}) };
}

/** Adds the email from `GET /v3/conversations/{id}/members/{userId}`; any failure leaves it out. */
export async function lookupRequester(
  turn: TurnContext,
  activity: Activity,
  connectorKey: symbol | string,
): Promise<Requester> {
  const requester = requesterFromActivity(activity);
  const userId = activity.from?.id;
  const conversationId = activity.conversation?.id;
  const client = turn.turnState.get<ConnectorClient>(connectorKey);
  if (!userId || !conversationId || !client) return requester;
  try {
    const member = (await Promise.race([
      client.getConversationMember(userId, conversationId),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('timeout')), LOOKUP_TIMEOUT_MS).unref(),
      ),
    ])) as { email?: string; userPrincipalName?: string; name?: string };
    const email =
      member.email ?? (member.userPrincipalName?.includes('@') ? member.userPrincipalName : undefined);
    return {
      ...requester,
      ...(email ? { email } : {}),
      ...(!requester.name && member.name ? { name: member.name } : {}),
    };
  } catch {
    return requester;
  }
}
