import { describe, expect, it } from 'vitest';
import { nameLikeness } from './name-chars';

describe('nameLikeness', () => {
  it('leans to names for the characters of places (坪, 岭, 源) and to words for others (训, 测, 走)', () => {
    for (const name of ['东坪', '福岭', '源溪']) expect(nameLikeness(name), name).toBeGreaterThan(1);
    for (const word of ['实训', '封测', '货走']) expect(nameLikeness(word), word).toBeLessThan(-2);
  });
});
