import { execFile } from 'node:child_process';

/**
 * A service's `/metrics` on its health details listener, parsed by the Prometheus project's
 * own text-format parser (prometheus_client.parser, Debian's python3-prometheus-client, listed
 * in scripts/tools.json). The one npm parser (parse-prometheus-text-format) drops the labels,
 * counts and sums of labelled histograms, which every latency metric here is.
 */
export interface MetricFamily {
  name: string;
  type: string;
  samples: { name: string; labels: Record<string, string>; value: number | string }[];
}

const PARSE = `
import json, math, sys
from prometheus_client.parser import text_string_to_metric_families
json.dump([{"name": f.name, "type": f.type, "samples": [
  {"name": s.name, "labels": s.labels, "value": s.value if math.isfinite(s.value) else str(s.value)}
  for s in f.samples]} for f in text_string_to_metric_families(sys.stdin.read())], sys.stdout)
`;

export function parseExposition(text: string): Promise<MetricFamily[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      // Debian's python, where python3-prometheus-client installs (not a pyenv shim's).
      '/usr/bin/python3',
      ['-c', PARSE],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`the exposition did not parse: ${stderr || error.message}`))
          : resolve(JSON.parse(stdout)),
    );
    child.stdin!.end(text);
  });
}

export async function scrape(healthUrl: string): Promise<MetricFamily[]> {
  const response = await fetch(new URL('/metrics', healthUrl));
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/plain; version=0.0.4'))
    throw new Error(`GET /metrics answered ${type}, not the Prometheus text format`);
  return parseExposition(await response.text());
}

const matches = (labels: Record<string, string>, want: Record<string, string>) =>
  Object.entries(want).every(([k, v]) => labels[k] === v);

/** The summed value of the samples named `sample` with these labels (0 when there is none yet). */
export function sampleValue(
  families: MetricFamily[],
  sample: string,
  labels: Record<string, string> = {},
): number {
  return families
    .flatMap((f) => f.samples)
    .filter((s) => s.name === sample && matches(s.labels, labels))
    .reduce((sum, s) => sum + Number(s.value), 0);
}

/** How many observations a histogram holds with these labels (its `_count` samples). */
export const histogramCount = (
  families: MetricFamily[],
  name: string,
  labels: Record<string, string> = {},
) => sampleValue(families, `${name}_count`, labels);

export const familyType = (families: MetricFamily[], name: string) =>
  families.find((f) => f.name === name)?.type;
