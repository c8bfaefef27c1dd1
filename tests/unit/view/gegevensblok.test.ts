import { describe, expect, test } from 'vitest';
import { alsGegevensblok } from '../../../src/view/gegevensblok.ts';

describe('alsGegevensblok', () => {
  test('no "<" is left that could end the block or open a comment, and JSON.parse gives the data back whole', () => {
    const data = [{ naam: 'a </script><script>alert(1)</script> <!-- b', toelichting: '"quotes" & \u2028 <SCRIPT' }];
    const blok = alsGegevensblok(data);
    expect(blok).not.toContain('<');
    expect(blok).toContain('\\u003c/script>');
    expect(JSON.parse(blok)).toEqual(data);
  });
});
