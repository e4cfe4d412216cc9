import { VISIT_PHOTO_MAX_BYTES } from '@niaga/shared/contracts';
import { checkVisitPhotos } from './visit-photo-checks';

/** A file of `size` bytes without allocating it. */
function file(name: string, type: string, size = 10): File {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

describe('checkVisitPhotos', () => {
  it('accepts up to 5 JPEG/PNG/WebP files of at most 5 MB', () => {
    const ok = [file('a.jpg', 'image/jpeg'), file('b.png', 'image/png'), file('c.webp', 'image/webp', VISIT_PHOTO_MAX_BYTES), file('d.jpg', 'image/jpeg'), file('e.jpg', 'image/jpeg')];
    expect(checkVisitPhotos(ok)).toEqual([]);
    expect(checkVisitPhotos([])).toEqual([]);
  });

  it('refuses other types, files over 5 MB and more than 5 files', () => {
    expect(checkVisitPhotos([file('x.gif', 'image/gif')])).toEqual([{ key: 'customerActivity.visits.photoType', params: { name: 'x.gif' } }]);
    expect(checkVisitPhotos([file('big.jpg', 'image/jpeg', VISIT_PHOTO_MAX_BYTES + 1)])).toEqual([{ key: 'customerActivity.visits.photoSize', params: { name: 'big.jpg', max: 5 } }]);
    const six = Array.from({ length: 6 }, (_, i) => file(`${i}.jpg`, 'image/jpeg'));
    expect(checkVisitPhotos(six)).toEqual([{ key: 'customerActivity.visits.photoCount', params: { max: 5, count: 6 } }]);
  });
});
