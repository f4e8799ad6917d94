import { lazy, Suspense, useState } from 'react';
import type { ImportedRequest } from '@/api/export/curl-import.ts';
import type { ThreadTurn } from '@/api/export/thread-script.ts';
import type { RequestBody } from '@/api/request/request-draft.ts';
import type { Connection } from '@/api/transport/connection.ts';
import { Button } from '@/components/ui/button.tsx';
import { ShareLinkButton } from './share-link-button.tsx';

// The dialogs (and the code generators and curl parser behind them) load when first opened:
// the first page does not pay for them (initial JS budget, issue 8).
const ExportDialog = lazy(() =>
  import('./export-dialog.tsx').then((m) => ({ default: m.ExportDialog })),
);
const ImportDialog = lazy(() =>
  import('./import-dialog.tsx').then((m) => ({ default: m.ImportDialog })),
);

interface ExportActionsProps {
  body: RequestBody;
  connection: Connection;
  threadTurns?: readonly ThreadTurn[];
  onImport: (request: ImportedRequest) => string[];
  onUseKey: (key: string) => void;
}

/** Import, Export and Share link, side by side (the app puts them in the header). */
export function ExportActions({
  body,
  connection,
  threadTurns,
  onImport,
  onUseKey,
}: ExportActionsProps) {
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="flex items-center gap-1">
      <Button variant="ghost" onClick={() => setOpen('import')}>
        Import
      </Button>
      <Button variant="ghost" onClick={() => setOpen('export')}>
        Export
      </Button>
      <ShareLinkButton body={body} />
      <Suspense fallback={null}>
        {open === 'export' && (
          <ExportDialog
            body={body}
            connection={connection}
            {...(threadTurns ? { threadTurns } : {})}
            onClose={close}
          />
        )}
        {open === 'import' && (
          <ImportDialog onImport={onImport} onUseKey={onUseKey} onClose={close} />
        )}
      </Suspense>
    </div>
  );
}
