import { useId, useMemo, useState } from 'react';
import { envNeeded } from '@/api/export/export-body.ts';
import { makeExportInput } from '@/api/export/export-input.ts';
import { extractMcpSecrets } from '@/api/export/mcp-secrets.ts';
import type { ThreadTurn } from '@/api/export/thread-script.ts';
import type { RequestBody } from '@/api/request/request-draft.ts';
import type { Connection } from '@/api/transport/connection.ts';
import { Button } from '@/components/ui/button.tsx';
import { TabList, TabPanel } from '@/components/ui/tabs.tsx';
import { LOCAL_PLACEHOLDER_KEY } from '@/stores/connection-store.ts';
import { exportTabs, type ExportTabId } from '../lib/export-tabs.ts';
import { downloadText } from '@/lib/download-text.ts';
import { copyText } from '../lib/save-text.ts';
import { Modal } from './modal.tsx';

export interface ExportDialogProps {
  /** The exact body Send would post. */
  body: RequestBody;
  connection: Connection;
  /** The turns of one thread path, oldest first: with two or more, "Whole thread" appears. */
  threadTurns?: readonly ThreadTurn[];
  onClose: () => void;
}

/** Every export target of the current request: code, Copy, Download; secrets only when asked. */
export function ExportDialog({ body, connection, threadTurns, onClose }: ExportDialogProps) {
  const idPrefix = useId().replace(/:/g, '');
  const tabs = useMemo(() => exportTabs(threadTurns), [threadTurns]);
  const [tabId, setTabId] = useState<ExportTabId>('curl');
  const [includeKey, setIncludeKey] = useState(false);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [status, setStatus] = useState('');
  const tab = tabs.find((t) => t.id === tabId) ?? tabs[0];
  const placeholderKey = connection.apiKey === LOCAL_PLACEHOLDER_KEY;
  const hasKey = connection.apiKey.trim() !== '' && !placeholderKey;

  const input = useMemo(
    () =>
      makeExportInput(body, connection, {
        includeKey,
        includeSecrets,
        origin: location.origin,
        keyIsPlaceholder: placeholderKey,
      }),
    [body, connection, includeKey, includeSecrets, placeholderKey],
  );
  const secrets = useMemo(() => {
    const bodies = tab?.id === 'thread' ? (threadTurns ?? []).map((t) => t.request) : [body];
    return bodies.flatMap((b) => extractMcpSecrets(b).secrets);
  }, [tab, threadTurns, body]);
  const code = useMemo(() => (tab ? tab.generate(input) : ''), [tab, input]);
  const needs = envNeeded(input, includeSecrets ? [] : secrets);

  const select = (id: ExportTabId) => {
    setTabId(id);
    setStatus('');
  };
  const copy = async () => {
    setStatus(
      (await copyText(code))
        ? 'Copied.'
        : 'The browser refused the clipboard: select the code and copy it.',
    );
  };

  return (
    <Modal
      title="Export request"
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" onClick={() => void copy()}>
            Copy
          </Button>
          <Button onClick={() => tab && downloadText(tab.filename, code, tab.mime)}>
            Download
          </Button>
          <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
            {status}
          </span>
          <Button variant="ghost" className="ml-auto" onClick={onClose}>
            Close
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <TabList
          label="export target"
          tabs={tabs}
          selected={tab?.id ?? 'curl'}
          onSelect={select}
          idPrefix={idPrefix}
          autofocus
        />
        <TabPanel idPrefix={idPrefix} selected={tab?.id ?? 'curl'} className="flex flex-col gap-2">
          <pre
            tabIndex={0}
            aria-label={`${tab?.label ?? ''} code`}
            data-testid="export-code"
            className="max-h-[55vh] overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs whitespace-pre dark:border-zinc-800 dark:bg-zinc-950"
          >
            {code}
          </pre>
          {needs.length > 0 && (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              Reads from the environment:{' '}
              {needs.map((name) => (
                <code key={name} className="mr-1 font-mono">
                  {name}
                </code>
              ))}
            </p>
          )}
          {placeholderKey && (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              The local server accepts any key: the export uses the placeholder{' '}
              <code className="font-mono">{LOCAL_PLACEHOLDER_KEY}</code>.
            </p>
          )}
        </TabPanel>
        <SecretBox
          label="include my API key"
          checked={includeKey}
          disabled={!hasKey}
          onChange={setIncludeKey}
          help={hasKey ? undefined : 'No API key entered.'}
          warning="The code now contains your API key. Anyone who sees it can use your account: do not paste it into chats, tickets, screenshots or commits."
        />
        {secrets.length > 0 && (
          <SecretBox
            label="include MCP header values"
            checked={includeSecrets}
            onChange={setIncludeSecrets}
            warning={`The code now contains the MCP credentials (${secrets.map((s) => s.path).join(', ')}).`}
          />
        )}
      </div>
    </Modal>
  );
}

interface SecretBoxProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  help?: string;
  warning: string;
  onChange: (checked: boolean) => void;
}

/** A checkbox that puts a secret into the export, with its warning while ticked. */
function SecretBox({ label, checked, disabled, help, warning, onChange }: SecretBoxProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-xs">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {help && <span className="text-zinc-500">{help}</span>}
      </div>
      {checked && (
        <p
          role="alert"
          className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          ⚠ {warning}
        </p>
      )}
    </div>
  );
}
