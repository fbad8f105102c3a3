/** How many files are read at once when hashing (enough to keep the disk busy, far below the open-file limit). */
export const GLEICHZEITIG = 16;

/** `arbeit` for every element, at most `grenze` at a time; the results in the order of `elemente`. */
export async function jeGleichzeitig<T, E>(elemente: readonly T[], arbeit: (element: T) => Promise<E>, grenze = GLEICHZEITIG): Promise<E[]> {
  const ergebnisse = new Array<E>(elemente.length);
  let naechstes = 0;
  const bahn = async (): Promise<void> => {
    for (let i = naechstes++; i < elemente.length; i = naechstes++) ergebnisse[i] = await arbeit(elemente[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(grenze, elemente.length) }, bahn));
  return ergebnisse;
}
