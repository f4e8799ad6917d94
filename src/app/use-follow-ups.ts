import { useCallback } from 'react';
import type { Connection } from '@/api/transport/connection.ts';
import { buildRequest, type RequestBody } from '@/api/request/request-draft.ts';
import { useRequestDraftStore } from '@/features/request-builder/request-draft-store.ts';
import type { FunctionCallOutput } from '@/features/stream/components/tool-outputs/pending-calls.ts';
import { useRunStore } from '@/stores/run-store.ts';

type Send = (connection: Connection, body: RequestBody) => Promise<unknown>;

/**
 * A turn that answers the last response (tool outputs, MCP approvals): the form's parameters,
 * the answer as `input`, chained by `previous_response_id`. The form's own input is untouched.
 */
export function useFollowUps(send: Send, connection: Connection) {
  const followUp = useCallback(
    (input: unknown[]) => {
      const previous = useRunStore.getState().stream.response?.id;
      if (!previous) return;
      // `conversation` and `previous_response_id` are exclusive: the chain wins here.
      const { conversation: _conversation, ...draft } = buildRequest(
        useRequestDraftStore.getState().body,
      );
      void send(connection, { ...draft, input, previous_response_id: previous });
    },
    [send, connection],
  );
  const submitToolOutputs = useCallback(
    (outputs: FunctionCallOutput[]) => followUp(outputs),
    [followUp],
  );
  const answerApproval = useCallback(
    (approvalRequestId: string, approve: boolean) =>
      followUp([
        { type: 'mcp_approval_response', approval_request_id: approvalRequestId, approve },
      ]),
    [followUp],
  );
  return { submitToolOutputs, answerApproval };
}
