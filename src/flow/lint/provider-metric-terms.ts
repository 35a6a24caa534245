/**
 * Words that mark a service level target as a provider-side metric: it measures the provider's machinery (uptime, CPU,
 * latency, tickets) rather than what the customer achieves. Matched as whole words or phrases, ignoring case and
 * punctuation: "Mail availability in working hours" is provider-side, "New starters with working mail on their first day"
 * is not. The default of the `providerTerms` option of `agreement-provider-metrics-only` (docs/lint.md).
 */
export const PROVIDER_METRIC_TERMS: readonly string[] = Object.freeze([
  "uptime",
  "downtime",
  "availability",
  "cpu",
  "memory",
  "disk",
  "utilisation",
  "utilization",
  "capacity",
  "latency",
  "response time",
  "ping",
  "jitter",
  "packet loss",
  "bandwidth",
  "throughput",
  "requests per second",
  "transactions per second",
  "error rate",
  "mttr",
  "mtbf",
  "mttf",
  "mtta",
  "mttd",
  "mean time to repair",
  "mean time to recover",
  "mean time between failures",
  "server",
  "servers",
  "tickets",
  "incidents resolved",
]);

/** Lower case, every run of non-letters and non-digits one space, padded with a space on each side. */
export function metricWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}
