import type { ExportInput } from '@/api/export/export-input.ts';
import { EXPORT_TARGETS, type ExportTargetId } from '@/api/export/targets.ts';
import { threadScriptExport, type ThreadTurn } from '@/api/export/thread-script.ts';

export type ExportTabId = ExportTargetId | 'thread';

export interface ExportTab {
  id: ExportTabId;
  label: string;
  filename: string;
  mime: string;
  generate: (input: ExportInput) => string;
}

/** The export targets, plus "Whole thread" when a thread of two or more turns is given. */
export function exportTabs(threadTurns: readonly ThreadTurn[] | undefined): ExportTab[] {
  const tabs: ExportTab[] = [...EXPORT_TARGETS];
  if (threadTurns && threadTurns.length >= 2) {
    tabs.push({
      id: 'thread',
      label: 'Whole thread',
      filename: 'thread.mts',
      mime: 'text/typescript',
      generate: ({ body: _body, ...input }) => threadScriptExport(threadTurns, input),
    });
  }
  return tabs;
}
