/** The Excel controls as the server renders them: Dutch names, a real button and a labelled file input. */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { ExcelKnoppen } from '../../../../src/view/beheer/ExcelKnoppen.tsx';

const regio = JSON.parse(readFileSync('data/voorbeeldregio/regio.json', 'utf8'));
const voorzieningen = JSON.parse(readFileSync('data/voorbeeldregio/voorzieningen.json', 'utf8')).voorzieningen;
const html = renderToStaticMarkup(<ExcelKnoppen voorzieningen={voorzieningen} regio={regio} onGelezen={() => {}} />);

describe('ExcelKnoppen', () => {
  test('een knop "Download als Excel (.xlsx)" en een bestandsveld met het label "Excel-bestand inlezen"', () => {
    expect(html).toMatch(/<button type="button">Download als Excel \(\.xlsx\)<\/button>/);
    const label = /<label for="([^"]+)">Excel-bestand inlezen<\/label>/.exec(html);
    expect(label).not.toBeNull();
    expect(html).toContain(`id="${label![1]}" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"`);
  });

  test('een statusregel voor schermlezers, en nog geen foutmelding', () => {
    expect(html).toContain('role="status"');
    expect(html).not.toContain('role="alert"');
  });
});
