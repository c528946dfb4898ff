// The platforms Youth Reach knows (docs/architecture.md#vocabulary, "platform").

/** A social platform. Lower-case identifiers, used in storage, URLs, the CLI and JSON output. */
export type Platform = 'facebook' | 'instagram' | 'youtube' | 'tiktok' | 'linkedin' | 'x' | 'snapchat';

/** Every platform, in the order the interface lists them. */
export const PLATFORMS: readonly Platform[] = [
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'linkedin',
  'x',
  'snapchat',
];

/** Display names (the same in Dutch and English: they are brand names). */
export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  x: 'X',
  snapchat: 'Snapchat',
};

/** Type guard: is `value` one of {@link PLATFORMS}? */
export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}
