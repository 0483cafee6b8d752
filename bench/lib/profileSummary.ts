/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time by package (node_modules/<name>,
 * our src/<dir>, node: internals, GC, idle) and the heaviest functions, in milliseconds.
 *
 * Usage: tsx bench/lib/profileSummary.ts <file.cpuprofile> [top]
 */
import { readFile } from "node:fs/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  byPackage: { name: string; ms: number; share: number }[];
  byFunction: { name: string; ms: number; share: number }[];
  /** Time in a function and everything it called (each function counted once per stack). */
  inclusive: { name: string; ms: number; share: number }[];
}

function packageOf(url: string, functionName: string): string {
  if (url === "") return `(${functionName || "native"})`;
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const src = url.indexOf("/src/");
  if (src >= 0) return `src/${url.slice(src + 5).split("/")[0] ?? ""}`;
  if (url.startsWith("node:")) return "node:internal";
  return url;
}

export function summariseProfile(profile: Profile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = profile.endTime - profile.startTime;
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const file = url.split("/").slice(-2).join("/");
    const key = `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  // Inclusive: the self time of every node counts once for each distinct function on its stack.
  const inclusive = new Map<string, number>();
  const keyOf = (node: ProfileNode) =>
    `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.split("/").slice(-2).join("/")}:${node.callFrame.lineNumber + 1}`;
  const walk = (id: number, path: string[]) => {
    const node = byId.get(id);
    if (!node) return;
    const key = keyOf(node);
    const fresh = !path.includes(key);
    if (fresh) path.push(key);
    const self = selfUs.get(id) ?? 0;
    if (self > 0) for (const k of path) inclusive.set(k, (inclusive.get(k) ?? 0) + self);
    for (const child of node.children ?? []) walk(child, path);
    if (fresh) path.pop();
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, []);
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Math.round((us / totalUs) * 1000) / 10 }));
  return { totalMs: Math.round(totalUs / 1000), byPackage: rank(packages), byFunction: rank(functions), inclusive: rank(inclusive) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error("usage: tsx bench/lib/profileSummary.ts <file.cpuprofile> [top]");
    process.exit(2);
  }
  const summary = summariseProfile(JSON.parse(await readFile(file, "utf8")) as Profile, Number(top ?? 25));
  console.log(`total ${summary.totalMs} ms`);
  console.log("\nself time by package:");
  for (const p of summary.byPackage) console.log(`  ${String(p.ms).padStart(7)} ms ${String(p.share).padStart(5)}%  ${p.name}`);
  console.log("\nself time by function:");
  for (const f of summary.byFunction) console.log(`  ${String(f.ms).padStart(7)} ms ${String(f.share).padStart(5)}%  ${f.name}`);
  console.log("\ninclusive time by function:");
  for (const f of summary.inclusive) console.log(`  ${String(f.ms).padStart(7)} ms ${String(f.share).padStart(5)}%  ${f.name}`);
}
