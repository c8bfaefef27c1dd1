import { describe, expect, test } from 'vitest';
import { maakGeschiedenis, type Soort } from '../../../../src/view/kaart/geschiedenis.ts';

/** A history whose frames are run by hand. */
function opzet() {
  const geschreven: [string, Soort][] = [];
  const frames: (() => void)[] = [];
  const g = maakGeschiedenis<string>({ schrijf: (s, soort) => geschreven.push([s, soort]), naFrame: (doe) => frames.push(doe) });
  const frame = () => frames.splice(0).forEach((doe) => doe());
  return { g, geschreven, frame };
}

describe('the URL scheduler', () => {
  test('writes nothing in the frame of the change, and once after it', () => {
    const { g, geschreven, frame } = opzet();
    g.plan('?q=k', 'push');
    expect(geschreven).toEqual([]);
    frame();
    expect(geschreven).toEqual([['?q=k', 'push']]);
    frame();
    expect(geschreven).toHaveLength(1);
  });

  test('changes within one frame merge into one entry with the latest state, keeping the first kind', () => {
    const { g, geschreven, frame } = opzet();
    g.plan('?q=k', 'push');
    g.plan('?q=kr', 'replace');
    g.plan('?q=kra', 'replace');
    frame();
    expect(geschreven).toEqual([['?q=kra', 'push']]);
  });

  test('a push after a waiting replace is never lost: the replace is written first', () => {
    const { g, geschreven, frame } = opzet();
    g.plan('?q=kraam', 'replace');
    g.plan('?q=kraam&niveau=basiszorg', 'push');
    expect(geschreven).toEqual([['?q=kraam', 'replace']]);
    frame();
    expect(geschreven).toEqual([
      ['?q=kraam', 'replace'],
      ['?q=kraam&niveau=basiszorg', 'push'],
    ]);
  });

  test('after Back, a waiting write is dropped: the URL already says what the map shows', () => {
    const { g, geschreven, frame } = opzet();
    g.plan('?zoom=2', 'push');
    g.vergeet();
    frame();
    expect(geschreven).toEqual([]);
  });
});
