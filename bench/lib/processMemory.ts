/**
 * Resident memory of a server under test and its child processes (Linux /proc).
 *
 * Contract: `rssMiB(pid)` is VmRSS of that process in MiB (all its threads: a serving process's
 * executor threads included), or null when it is gone; `childPids(pid)` lists its live children
 * that run the same executable (cluster workers, not tsx's esbuild service).
 */
import { readdir, readFile, readlink } from "node:fs/promises";

export async function rssMiB(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 1024);
  } catch {
    return null;
  }
}

export async function childPids(pid: number): Promise<number[]> {
  const children: number[] = [];
  const executable = await readlink(`/proc/${pid}/exe`);
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      // Fields after the command (in parentheses, which may contain spaces): state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid && (await readlink(`/proc/${entry}/exe`)) === executable) children.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return children.sort((a, b) => a - b);
}
