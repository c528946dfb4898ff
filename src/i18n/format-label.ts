// A format's label in the interface language. The core names each format in English (its `label`, kept
// in stored imports); the interface shows the Dutch or English name from the `help.formatNames` catalogue,
// and a saved column mapping (`Own mapping: <name>`) as `Eigen koppeling: <name>`.

import type { TFunction } from 'i18next';

const OWN_MAPPING = /^Own mapping: (.*)$/s;

/** The core's English format labels (see `label` in each `src/core/formats/*.ts`) → their catalogue key. */
const FORMAT_NAME_KEYS: Readonly<Record<string, string>> = {
  'Youth Reach audience template (typed in)': 'youthReachTemplate',
  'Facebook Page Insights (legacy export)': 'facebookLegacy',
  'Facebook Page Insights (legacy export, XLSX)': 'facebookLegacyXlsx',
  'LinkedIn followers workbook': 'linkedinFollowers',
  'LinkedIn visitors workbook': 'linkedinVisitors',
  'LinkedIn content workbook': 'linkedinContent',
  'Meta Business Suite audience': 'metaAudience',
  'Meta Business Suite page metric': 'metaPageMetric',
  'Meta Business Suite posts': 'metaPosts',
  'TikTok Studio overview (Overview.csv)': 'tiktokOverview',
  'TikTok Studio viewers (Viewers.csv)': 'tiktokViewers',
  'TikTok Studio follower history (FollowerHistory.csv)': 'tiktokFollowerHistory',
  'TikTok Studio follower activity (FollowerActivity.csv)': 'tiktokFollowerActivity',
  'TikTok Studio content (Content.csv)': 'tiktokContent',
  'TikTok follower gender': 'tiktokFollowerGender',
  'TikTok follower territories': 'tiktokFollowerTerritories',
  'TikTok Studio download (zip)': 'tiktokZip',
  'TikTok Business Center overview': 'tiktokBusinessOverview',
  'TikTok Business Center audience': 'tiktokBusinessAudience',
  'X account overview': 'xOverview',
  'X content (posts)': 'xContent',
  'X video overview': 'xVideo',
  'X (Twitter) legacy daily activity': 'xLegacy',
  'YouTube Studio chart data': 'youtubeChartData',
  'YouTube Studio table': 'youtubeTable',
  'YouTube Studio viewer age': 'youtubeViewerAge',
  'YouTube Studio viewer gender': 'youtubeViewerGender',
  'YouTube Studio export (zip)': 'youtubeZip',
};

/**
 * `YouTube Studio table` → `YouTube Studio: tabel` in Dutch; `Own mapping: Eigen enquête` →
 * `Eigen koppeling: Eigen enquête`; a label the catalogue does not know (a format added later) as it is.
 */
export function formatLabelText(label: string, t: TFunction): string {
  // A report names a format once per file (hundreds): each label is translated once per `t`.
  let texts = labelTexts.get(t);
  if (!texts) labelTexts.set(t, (texts = new Map()));
  let text = texts.get(label);
  if (text === undefined) {
    text = labelText(label, t);
    texts.set(label, text);
  }
  return text;
}

const labelTexts = new WeakMap<TFunction, Map<string, string>>();

function labelText(label: string, t: TFunction): string {
  const m = OWN_MAPPING.exec(label);
  if (m) return t('import.ownMapping', { name: m[1] ?? '' });
  const key = FORMAT_NAME_KEYS[label];
  return key ? t(`help.formatNames.${key}`) : label;
}
