/** The header row of a table whose columns are named once: every klantreis table starts this way. */
export function Kolomkoppen({ koppen }: { koppen: readonly string[] }) {
  return (
    <thead>
      <tr>
        {koppen.map((kop) => (
          <th key={kop} scope="col">
            {kop}
          </th>
        ))}
      </tr>
    </thead>
  );
}
