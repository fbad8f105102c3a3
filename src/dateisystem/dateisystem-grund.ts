/**
 * German wording of a file-system error (EACCES, ENOSPC, …): what went wrong and what to do,
 * without the English text of Node's message.
 */

/** Reason and remedy for an errno code, for a path that is read (`lesen`) or written (`schreiben`). */
export function dateisystemGrund(fehler: unknown, art: 'lesen' | 'schreiben'): string {
  const code = (fehler as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return art === 'lesen'
        ? 'keine Leseberechtigung. Bitte die Rechte der Datei bzw. des Ordners prüfen (z. B. "chmod u+r") oder als Benutzer mit Zugriff ausführen'
        : 'keine Schreibberechtigung. Bitte die Rechte des Ordners prüfen (z. B. "chmod u+w") oder mit --ausgabe einen anderen Ordner wählen';
    case 'EROFS':
      return 'das Dateisystem ist schreibgeschützt. Bitte mit --ausgabe einen beschreibbaren Ordner wählen';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'der Datenträger ist voll (oder das Kontingent erschöpft). Bitte Platz schaffen oder mit --ausgabe einen anderen Ordner wählen';
    case 'ENOENT':
      return art === 'lesen' ? 'die Datei oder der Ordner existiert nicht (mehr)' : 'ein Ordner auf dem Weg existiert nicht (mehr)';
    case 'ENOTDIR':
      return 'ein Teil des Pfads ist eine Datei, kein Ordner';
    case 'EISDIR':
      return 'hier steht ein Ordner, erwartet wurde eine Datei';
    case 'EEXIST':
    case 'ENOTEMPTY':
      return 'dort steht bereits etwas, das nicht ersetzt werden kann. Bitte den Eintrag entfernen oder umbenennen';
    case 'EMFILE':
    case 'ENFILE':
      return 'zu viele offene Dateien. Bitte andere Programme schließen oder mit --parallel weniger Berichte gleichzeitig erstellen';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'die Datei ist von einem anderen Programm belegt. Bitte das Programm schließen und erneut versuchen';
    case 'EIO':
      return 'Ein-/Ausgabefehler des Datenträgers. Bitte den Datenträger prüfen';
    case 'ENAMETOOLONG':
      return 'der Pfad ist zu lang. Bitte einen kürzeren Pfad wählen';
    case 'ELOOP':
      return 'zu viele symbolische Verknüpfungen (Schleife?) im Pfad';
    default:
      return `Systemfehler ${code ?? 'unbekannt'}`;
  }
}

/** True for Node's file-system errors (they carry an errno code such as EACCES). */
export function istDateisystemFehler(fehler: unknown): fehler is NodeJS.ErrnoException {
  const code = (fehler as NodeJS.ErrnoException | undefined)?.code;
  return fehler instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof (fehler as NodeJS.ErrnoException).syscall === 'string';
}
