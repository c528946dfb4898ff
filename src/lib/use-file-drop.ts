// Dropping files on an element: the drag-over highlight and the drop, shared by the import screen's drop
// zone and the data screen's workspace zone.

import { useState } from 'react';
import type { DragEvent } from 'react';

/**
 * `over` (true while files are dragged over the element, for its highlight) and the drag handlers to spread
 * on it; a drop calls `onFiles` with the dropped files, unless `disabled` or nothing was dropped.
 */
export function useFileDrop(onFiles: (files: File[]) => void, disabled = false) {
  const [over, setOver] = useState(false);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      if (!over) setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      if (disabled) return;
      const files = [...e.dataTransfer.files];
      if (files.length > 0) onFiles(files);
    },
  };
  return { over, handlers };
}
