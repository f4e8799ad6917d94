import type { ComponentProps } from 'react';
import { Panel } from '@/components/ui/panel.tsx';
import type { ResponsePanel as ResponsePanelView } from '@/features/stream/components/response-panel.tsx';
import { deferredComponent } from '@/lib/deferred.ts';

// The Response and Events panels are empty until a first Send, so their code (renderers, the
// inspector, the virtualized lists) is not in the first download: it is fetched as soon as the
// page has rendered. Until then each shows as an empty panel under its own name.
const loadError = () => (
  <p role="alert" className="p-3 text-sm text-red-700 dark:text-red-400">
    This panel could not be loaded; reload the page.
  </p>
);
const emptyPanel = (label: string, failed: boolean) => (
  <Panel label={label}>{failed && loadError()}</Panel>
);

export const ResponsePanel = deferredComponent<
  NonNullable<ComponentProps<typeof ResponsePanelView>>
>(
  () => import('@/features/stream/components/response-panel.tsx').then((m) => m.ResponsePanel),
  (_, failed) => emptyPanel('Response', failed),
);

export const EventsPanel = deferredComponent(
  () => import('@/features/inspector/components/events-panel.tsx').then((m) => m.EventsPanel),
  (_, failed) => emptyPanel('Events', failed),
);

// The threads sidebar and the active thread load the same way (the store and its persistence
// stay in the first download: Send records every turn).
export const ThreadsSidebar = deferredComponent(
  () => import('@/features/threads/components/threads-sidebar.tsx').then((m) => m.ThreadsSidebar),
  (_, failed) => failed && loadError(),
);

export const ThreadView = deferredComponent(
  () => import('@/features/threads/components/thread-view.tsx').then((m) => m.ThreadView),
  (_, failed) => failed && loadError(),
);
