/** The URL fragment key of a share link: `#share=<version>.<payload>`. */
export const SHARE_PARAM = 'share';

/**
 * Whether a URL fragment holds a shared request. Apart from the codec (share-link.ts, loaded
 * later): start-up checks every page's fragment, and almost none hold one.
 */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_PARAM}=`);
}
