/**
 * Every message of the live check, as `npm run check-data` prints it (formatFout), each a link that opens the
 * part of the data it is about and focuses its field. The count is announced; the list itself is not read out on every keystroke.
 */
import { formatFout, type DataFout } from '../../domain/fouten.ts';
import { bestandVan, veldId } from './controle.ts';

export function Foutenoverzicht({ fouten, onGa }: { fouten: readonly DataFout[]; onGa: (fout: DataFout) => void }) {
  const aantal = fouten.filter((f) => f.ernst === 'fout').length;
  const waarschuwingen = fouten.length - aantal;
  const geordend = [...fouten.filter((f) => f.ernst === 'fout'), ...fouten.filter((f) => f.ernst !== 'fout')];
  return (
    <section className="bh-overzicht" aria-labelledby="bh-controle-kop">
      <h2 id="bh-controle-kop">Controle</h2>
      <p role="status" className={aantal ? 'bh-status-fout' : 'bh-status-goed'}>
        {aantal === 0 ? 'Geen fouten: de gegevens kunnen gedownload worden.' : `${aantal} ${aantal === 1 ? 'fout' : 'fouten'} gevonden.`}
        {waarschuwingen > 0 && ` ${waarschuwingen} ${waarschuwingen === 1 ? 'waarschuwing' : 'waarschuwingen'}.`}
      </p>
      {geordend.length > 0 && (
        <ul className="bh-meldingen">
          {geordend.map((f, i) => (
            <li key={i} className={f.ernst === 'fout' ? 'bh-fout' : 'bh-let-op'}>
              <a
                href={`#${veldId(bestandVan(f), f.pad)}`}
                onClick={(e) => {
                  e.preventDefault();
                  onGa(f);
                }}
              >
                {formatFout(f)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
