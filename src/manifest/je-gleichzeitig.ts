/**
 * How many files the hashing reads at once in the whole process (enough to keep the disk busy, far below the
 * open-file limit, 256 by default on macOS, also when `--parallel` reports hash at the same time).
 */
export const GLEICHZEITIG = 16;

let laufend = 0;
const wartend: (() => void)[] = [];

/** `arbeit` for every element, at most GLEICHZEITIG at a time across all callers; the results in the order of `elemente`. */
export function jeGleichzeitig<T, E>(elemente: readonly T[], arbeit: (element: T) => Promise<E>): Promise<E[]> {
  return Promise.all(
    elemente.map(async (element) => {
      await platz();
      try {
        return await arbeit(element);
      } finally {
        frei();
      }
    }),
  );
}

async function platz(): Promise<void> {
  if (laufend < GLEICHZEITIG) {
    laufend += 1;
    return;
  }
  await new Promise<void>((weiter) => wartend.push(weiter));
}

/** Hands the place to the next waiting task, or gives it back. */
function frei(): void {
  const naechste = wartend.shift();
  if (naechste !== undefined) naechste();
  else laufend -= 1;
}
