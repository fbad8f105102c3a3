/** Resident memory of a process tree, read from /proc (Linux): the children lists and VmRSS of each process. */
import { readdirSync, readFileSync } from 'node:fs';

/** The pids of every descendant of `wurzel` (children of all its threads, recursively). */
export function nachfahren(wurzel: number): number[] {
  const gefunden: number[] = [];
  const offen = [wurzel];
  while (offen.length > 0) {
    const pid = offen.pop() as number;
    let threads: string[];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // exited meanwhile
    }
    for (const tid of threads) {
      let kinder = '';
      try {
        kinder = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const teil of kinder.split(' ')) {
        const kind = Number(teil);
        if (teil !== '' && Number.isInteger(kind) && !gefunden.includes(kind)) {
          gefunden.push(kind);
          offen.push(kind);
        }
      }
    }
  }
  return gefunden;
}

/** VmRSS of one process in KiB (0 when it is gone or a zombie). */
export function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const treffer = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return treffer ? Number(treffer[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sum of VmRSS (KiB) over the descendants of `wurzel`, and over `wurzel` itself when `mitWurzel`. */
export function baumRssKb(wurzel: number, mitWurzel: boolean): number {
  let summe = mitWurzel ? rssKb(wurzel) : 0;
  for (const pid of nachfahren(wurzel)) summe += rssKb(pid);
  return summe;
}
