import { deferredModule } from '@/lib/deferred.ts';

// The share-link codec (compression, base64, MCP secret checks) is kept out of the first
// download: it is needed on a click or when a page opens with a shared request, fetched when
// the browser is idle otherwise.
export const shareLinkModule = deferredModule(() => import('@/api/export/share-link.ts'), {
  idle: true,
});
