/** Nakijken: what was not checked for 12 months, and per aanbieder a ready e-mail asking to confirm or correct what the map says. */
import { aanbiederMail, aanbieders, teNakijken } from './nakijken.ts';
import type { Item, Obj } from './werk.ts';

interface Props {
  voorzieningen: readonly (Item & { data: Obj })[];
  regioNaam: string;
  afzender: string;
  vandaag: Date;
  onKies: (sleutel: string) => void;
}

export function Nakijken({ voorzieningen, regioNaam, afzender, vandaag, onKies }: Props) {
  const oud = teNakijken(voorzieningen, vandaag);
  const posten = aanbieders(voorzieningen.map((i) => i.data));
  return (
    <section className="bh-formulier" aria-labelledby="bh-nakijken-kop">
      <h2 id="bh-nakijken-kop" tabIndex={-1}>Nakijken</h2>
      <h3>Langer dan 12 maanden niet nagekeken ({oud.length})</h3>
      {oud.length === 0 ? (
        <p>Alles is in de afgelopen 12 maanden nagekeken.</p>
      ) : (
        <ul className="bh-lijst-oud">
          {oud.map((i) => (
            <li key={i.sleutel}>
              <button type="button" className="bh-link" onClick={() => onKies(i.sleutel)}>{String(i.data.naam ?? '')}</button> — laatst nagekeken {String(i.data.bijgewerkt ?? 'nooit')}
            </li>
          ))}
        </ul>
      )}
      <h3>Vraag de aanbieders om hun gegevens na te kijken</h3>
      <p>Elke link opent een e-mail in je eigen mailprogramma, met alles wat de kaart over die aanbieder zegt. Kijk hem na en verstuur hem zelf; daarna zet je bij de voorziening "Vandaag nagekeken".</p>
      <ul className="bh-aanbieders">
        {posten.map((post) => {
          const link = aanbiederMail(post, regioNaam, afzender);
          return (
            <li key={post.naam}>
              {link ? <a href={link}>E-mail aan {post.naam}</a> : <span>{post.naam}: geen e-mailadres bekend</span>} ({post.voorzieningen.length} {post.voorzieningen.length === 1 ? 'voorziening' : 'voorzieningen'})
            </li>
          );
        })}
      </ul>
    </section>
  );
}
