/**
 * The timeline as rendered on the server, and its golden file: the layout rounds every number, so any change in
 * the file is a real change in the drawing. After an intended change: `npx vitest run --project unit -u
 * tests/unit/klantreis-tijdlijn` and review the diff.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { KlantreisTijdlijn, KlantreisTijdlijnTabel } from '../../../src/view/klantreis/KlantreisTijdlijn.tsx';
import { band, casus, overdracht, persoon, voorbeeldCasus } from './casus.ts';

const svg = renderToStaticMarkup(<KlantreisTijdlijn klantreis={voorbeeldCasus()} titelId="kr-test" />);
const tabel = renderToStaticMarkup(<KlantreisTijdlijnTabel klantreis={voorbeeldCasus()} />);

/** The <g> element with this id, up to its closing tag (bars and overdrachten hold no nested <g>). */
function groep(markup: string, id: string): string {
  const match = new RegExp(`<g[^>]* id="${id}"[^>]*>[\\s\\S]*?</g>`).exec(markup);
  if (!match) throw new Error(`no <g id="${id}">`);
  return match[0];
}

describe('KlantreisTijdlijn', () => {
  test('matches the golden SVG', async () => {
    await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot('../../golden/klantreis-tijdlijn.svg');
  });

  test('is a group named by its title and described in words', () => {
    expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="kr-test"[^>]*aria-describedby="kr-test-beschrijving"/);
    expect(svg).toContain('<title id="kr-test">Klantreis: Casus Noord</title>');
    expect(svg).toContain(
      '<desc id="kr-test-beschrijving">Tijdlijn van 10 maanden vóór de geboorte tot 6 jaar: 6 betrokkenen in 3 leeftijdsbanden, 3 overdrachten, waarvan 1 gemist.',
    );
    expect(svg).toMatch(/viewBox="0 0 1944 \d+"/);
  });

  test('gives every bar a title in words', () => {
    const jvk = groep(svg, 'kr-bar-jvk-1');
    expect(jvk).toContain('role="img"');
    expect(jvk).toContain('<title>Jeugdverpleegkundige (GGD Twente) — professional — van de geboorte tot 3 jaar</title>');
    expect(groep(svg, 'kr-bar-oma-1-2')).toContain('<title>Oma — eigen netwerk — van 6 maanden tot 18 maanden</title>');
    expect(groep(svg, 'kr-bar-moeder-1-1')).toContain('<title>Moeder — ouder — van 10 maanden vóór de geboorte tot 4 jaar</title>');
    expect(svg.match(/<g class="kr-balk-groep"/g)).toHaveLength(7);
  });

  test('names the lanes in text', () => {
    for (const naam of ['Ouders', 'Eigen netwerk', 'Professionals']) expect(svg).toMatch(new RegExp(`<text class="kr-laan-naam"[^>]*>${naam}</text>`));
  });

  test('tells each overdracht by line style, sign and word, not by colour alone', () => {
    const goed = groep(svg, 'kr-overdracht-o1');
    const onbekend = groep(svg, 'kr-overdracht-o2');
    const gemist = groep(svg, 'kr-overdracht-o3');
    expect(goed).toContain('<title>Overdracht bij de geboorte van Verloskundige (Praktijk Oost) naar Kraamverzorgende (Kraamzorg Plus): goed</title>');
    expect(gemist).toContain('<title>Overdracht bij 2,5 jaar van Jeugdverpleegkundige (GGD Twente) naar Pedagogisch medewerker (Kinderopvang De Boog): gemist</title>');
    expect(goed).not.toContain('stroke-dasharray');
    expect(goed).toMatch(/>✓<\/text>/);
    expect(goed).toMatch(/>goed<\/text>/);
    expect(gemist).toContain('stroke-dasharray="8 4"');
    expect(gemist).toMatch(/>✕<\/text>/);
    expect(gemist).toMatch(/>gemist<\/text>/);
    expect(onbekend).toContain('stroke-dasharray="1 5"');
    expect(onbekend).toMatch(/>\?<\/text>/);
    expect(onbekend).toMatch(/>onbekend<\/text>/);
  });

  test('draws a connector from the van row to the naar row', () => {
    const rijY = (id: string) => Number(new RegExp(`<g class="kr-rij" id="${id}">[\\s\\S]*?<rect [^>]*y="(\\d+)"`).exec(svg)![1]);
    const lijn = /<line class="kr-overdracht-lijn" x1="(\d+)" x2="\d+" y1="(\d+)" y2="(\d+)"/.exec(groep(svg, 'kr-overdracht-o3'))!;
    expect(Number(lijn[2])).toBe(rijY('kr-rij-jvk') + 11);
    expect(Number(lijn[3])).toBe(rijY('kr-rij-pm') + 11);
  });

  test('uses no style attributes (the CSP forbids them) and no client-only markup', () => {
    expect(svg).not.toMatch(/\sstyle=/);
    expect(tabel).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/\son[a-z]+=/);
  });

  test('renders an empty case with its lanes and a note in each', () => {
    const leeg = renderToStaticMarkup(<KlantreisTijdlijn klantreis={casus([], [], '')} />);
    expect(leeg).toContain('<title id="klantreis-tijdlijn-titel">Klantreis: casus zonder titel</title>');
    expect(leeg.match(/Niemand ingevuld/g)).toHaveLength(3);
    expect(leeg).not.toContain('kr-overdrachten');
  });

  test('mentions overdrachten it cannot draw', () => {
    const k = casus([band('a', 0, 12, [persoon('a', 'A', 'ouder')])], [overdracht('x', 'a', 'weg', 3, 'gemist')]);
    const markup = renderToStaticMarkup(<KlantreisTijdlijn klantreis={k} />);
    expect(markup).toContain('1 overdracht staat niet op de tijdlijn');
  });
});

describe('KlantreisTijdlijnTabel', () => {
  test('lists every person with rol, organisatie and periods in words', () => {
    expect(tabel).toContain('<caption>Betrokkenen in de tijd</caption>');
    expect(tabel).toContain(
      '<tr><th scope="row">Oma</th><td>eigen netwerk</td><td><span class="kr-gedempt">niet ingevuld</span></td><td>van 4 maanden vóór de geboorte tot de geboorte; van 6 maanden tot 18 maanden</td></tr>',
    );
    expect(tabel).toContain('<tr><th scope="row">Jeugdverpleegkundige</th><td>professional</td><td>GGD Twente</td><td>van de geboorte tot 3 jaar</td></tr>');
    expect(tabel.match(/<th scope="row">/g)).toHaveLength(6);
  });

  test('lists overdrachten in time order with their verloop in words', () => {
    expect(tabel).toContain('<caption>Overdrachten</caption>');
    const rijen = [...tabel.split('<caption>Overdrachten</caption>')[1]!.matchAll(/<tr class="kr-verloop-(\w+)"><td>([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(rijen).toEqual([
      ['goed', 'de geboorte'],
      ['onbekend', '1 maand'],
      ['gemist', '2,5 jaar'],
    ]);
    expect(tabel).toContain('<span class="kr-teken" aria-hidden="true">✕</span> gemist');
    expect(tabel).toContain('Zorgen over de taal niet doorgegeven.');
  });

  test('says so when nothing is filled in yet', () => {
    const leeg = renderToStaticMarkup(<KlantreisTijdlijnTabel klantreis={casus([])} />);
    expect(leeg).toContain('Er zijn nog geen betrokkenen ingevuld.');
    expect(leeg).toContain('Er zijn nog geen overdrachten ingevuld.');
    expect(leeg).not.toContain('<table');
  });
});
