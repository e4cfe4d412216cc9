import { VISIT_PHOTOS_MAX, VISIT_PHOTO_MAX_BYTES, VISIT_PHOTO_TYPES } from '@niaga/shared/contracts';

/** Why a set of chosen photos would be refused by the server (same rules), as text keys with parameters. */
export interface PhotoProblem {
  key: 'customerActivity.visits.photoType' | 'customerActivity.visits.photoSize' | 'customerActivity.visits.photoCount';
  params: Record<string, string | number>;
}

const MAX_MB = VISIT_PHOTO_MAX_BYTES / (1024 * 1024);

/** Client-side mirror of the server's checks: JPEG/PNG/WebP, ≤ 5 MB each, ≤ 5 files. Empty when fine. */
export function checkVisitPhotos(files: readonly File[]): PhotoProblem[] {
  const problems: PhotoProblem[] = [];
  if (files.length > VISIT_PHOTOS_MAX) problems.push({ key: 'customerActivity.visits.photoCount', params: { max: VISIT_PHOTOS_MAX, count: files.length } });
  for (const file of files) {
    if (!(VISIT_PHOTO_TYPES as readonly string[]).includes(file.type)) {
      problems.push({ key: 'customerActivity.visits.photoType', params: { name: file.name } });
    } else if (file.size > VISIT_PHOTO_MAX_BYTES) {
      problems.push({ key: 'customerActivity.visits.photoSize', params: { name: file.name, max: MAX_MB } });
    }
  }
  return problems;
}

/** A file input's `accept`. */
export const VISIT_PHOTO_ACCEPT = VISIT_PHOTO_TYPES.join(',');
