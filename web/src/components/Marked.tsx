import { markMatches } from '../search/highlight';

/** Text with the words a search matched in <mark>. */
export function Marked({ text, matched }: { text: string; matched: readonly string[] }) {
  return (
    <>
      {markMatches(text, matched).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
