// The youth bands an answer can be about, in a module of their own so that the page's first script can read
// them from the URL without the read model's code.

/** The youth band the answer is about: 13-24 (default), 18-24 (every split has it) or 13-17 (only 13+ splits). */
export type YouthBand = '13-24' | '18-24' | '13-17';

/** Every {@link YouthBand}, default first. */
export const YOUTH_BANDS: readonly YouthBand[] = ['13-24', '18-24', '13-17'];
