/** What an activity must look like before the SDK sees it, and the error envelope for everything refused. */
import type { ErrorCode } from '@frontdesk/core';
import { type AddressPolicy, assertAllowedTarget, isOutboundError } from '@frontdesk/outbound';
import { activityZodSchema } from '@microsoft/agents-activity';
import { z } from 'zod';

const TITLES: Partial<Record<ErrorCode, string>> = {
  invalid_request_error: 'invalid request',
  authentication_error: 'authentication error',
  permission_error: 'permission error',
};

/** The same envelope every Frontdesk route answers with. */
export function envelope(code: ErrorCode, status: number, message: string): Response {
  return Response.json({ success: false, code, error: TITLES[code] ?? code, message, status }, { status });
}

/** The fields the adapter and the SDK rely on; the rest of the activity passes through as sent. */
const activitySchema = z.looseObject({
  type: z.string().min(1).max(100),
  serviceUrl: z.string().min(1).max(2000),
  channelId: z.string().min(1).max(200),
  conversation: z.looseObject({ id: z.string().min(1).max(2000) }),
  from: z.looseObject({ id: z.string().min(1).max(2000) }).optional(),
  // The SDK cannot reply without it (it addresses the reply from the recipient).
  recipient: z.looseObject({ id: z.string().min(1).max(2000) }),
  text: z.string().max(100_000).optional(),
  name: z.string().max(200).optional(),
});

function invalid(issue: { path: PropertyKey[]; message: string } | undefined): Response {
  const path = issue?.path.map(String).join('.') || 'activity';
  return envelope('invalid_request_error', 400, `${path}: ${issue?.message ?? 'invalid'}`);
}

/** A local Bot Framework Emulator: the service URL must resolve to loopback only. */
export const EMULATOR_POLICY: AddressPolicy = {
  allows: (address) => /^127\./.test(address) || address === '::1',
};

/** Null when the activity may go on; otherwise the 400/401 envelope that refuses it. */
export async function refuseActivity(
  body: Record<string, unknown>,
  options: { emulator: boolean; policy?: AddressPolicy },
): Promise<Response | null> {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error.issues[0]);
  // What the SDK's own schema refuses (e.g. `suggestedActions` without `to`) is the sender's mistake: 400.
  const sdk = activityZodSchema.safeParse(body);
  if (!sdk.success) return invalid(sdk.error.issues[0]);
  try {
    // Parsed and resolved, so `127.0.0.1.attacker.example` is judged by where it really points.
    await assertAllowedTarget(parsed.data.serviceUrl, options.emulator ? EMULATOR_POLICY : options.policy);
  } catch (error) {
    if (!isOutboundError(error)) throw error;
    return options.emulator
      ? envelope(
          'authentication_error',
          401,
          'Without MICROSOFT_APP_ID only a local serviceUrl (Bot Framework Emulator) is accepted.',
        )
      : envelope('invalid_request_error', 400, `serviceUrl: ${error.message}`);
  }
  return null;
}
