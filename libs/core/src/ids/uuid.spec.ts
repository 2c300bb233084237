import { isUuid } from './uuid';

describe('isUuid', () => {
  it('takes the ids the service gives out, in either case, and nothing else', () => {
    expect(isUuid('3f2b8c1e-6a4d-4e0b-9c57-2d1f0a8e4b6c')).toBe(true);
    expect(isUuid('3F2B8C1E-6A4D-4E0B-9C57-2D1F0A8E4B6C')).toBe(true);
    expect(isUuid('3f2b8c1e6a4d4e0b9c572d1f0a8e4b6c')).toBe(false);
    expect(isUuid(' 3f2b8c1e-6a4d-4e0b-9c57-2d1f0a8e4b6c')).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
