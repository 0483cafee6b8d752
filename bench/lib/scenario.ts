/** What every scenario receives and reports. */
import type { BenchData } from "./benchDatabase.js";

export interface ScenarioContext {
  data: BenchData;
  /** Environment that makes a server trust the bench's identity provider (production auth). */
  authEnv: Record<string, string>;
  /** Headers of a signed-in Admin (sees contacts' personal data). */
  adminHeaders: Record<string, string>;
  /** Seconds of each measurement (BENCH_SECONDS, default 5). */
  seconds: number;
  /** Alternating rounds for side-by-side comparisons (BENCH_ROUNDS, default 2). */
  rounds: number;
  log(line: string): void;
}

/** One line of the summary table. */
export interface SummaryRow {
  measurement: string;
  result: string;
  target: string;
  /** true/false when there is a target, null when the line is informational. */
  met: boolean | null;
}

export interface ScenarioResult {
  id: string;
  title: string;
  summary: SummaryRow[];
  /** Everything measured, written to bench/results/<id>.json. */
  details: Record<string, unknown>;
}

export interface Scenario {
  id: string;
  title: string;
  run(context: ScenarioContext): Promise<ScenarioResult>;
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;
export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
