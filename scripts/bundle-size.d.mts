// Types of bundle-size.mjs (the first-load size the bench reports), for its test in TypeScript.

/** One file of the first load: its path under the build folder, raw bytes and gzip bytes (level 9). */
export interface LoadedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The static imports of one built ES module, as written (not `import()`). */
export function staticImports(code: string): string[];

/** The files the first page load of the build in `distDir` fetches, with their sizes in bytes. */
export function initialLoad(distDir: string): {
  files: LoadedFile[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  totalGzipBytes: number;
  allJsGzipBytes: number;
};
