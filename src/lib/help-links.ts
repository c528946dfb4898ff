// In-app addresses of the help other screens link to: the export guide per platform on the import screen
// and the glossary's terms.

/** The platforms with an export guide, in the order shown; also the values of the `hulp` URL parameter. */
export const GUIDE_PLATFORMS = ['youtube', 'facebook', 'instagram', 'tiktok', 'linkedin', 'x', 'snapchat'] as const;

/** One platform of {@link GUIDE_PLATFORMS}. */
export type GuidePlatform = (typeof GUIDE_PLATFORMS)[number];

/**
 * The router path of a platform's export guide, for a `<Link to>`: `/import?hulp=tiktok` (in the address
 * bar `#/import?hulp=tiktok`); `/import?hulp=alle` opens the guide section without choosing a platform.
 */
export function exportGuidePath(platform: GuidePlatform | 'alle'): string {
  return `/import?hulp=${platform}`;
}

/** The router path of a glossary term, for a `<Link to>`: `/begrippen#bereik` (address `#/begrippen#bereik`). */
export function glossaryPath(term: string): string {
  return `/begrippen#${term}`;
}
