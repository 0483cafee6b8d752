/**
 * OpenTelemetry tracing of one thread (ADR 34, docs/tracing.md), from the standard OTEL_* settings.
 *
 * Contract: with OTEL_TRACES_EXPORTER unset or `none` (the default) `startTracing` returns null
 * and loads no OpenTelemetry SDK, exporter or instrumentation (they are imported dynamically
 * here and nowhere else; only the small `@opentelemetry/api` is ever loaded). Otherwise it
 * registers a tracer provider for the process (AsyncLocalStorage context, W3C trace context
 * propagation), the configured sampler and exporter, and Prisma's instrumentation (a span per
 * Prisma operation and per SQL statement), and returns the tracer the server's spans come from.
 * `exporter` (tests) replaces the configured one and exports each span as it ends.
 */
import type { Tracer } from "@opentelemetry/api";
import type { Sampler, SpanExporter } from "@opentelemetry/sdk-trace-base";

import type { TracingConfig } from "../config.js";

/** The instrumentation scope of the server's own spans. */
export const TRACER_NAME = "ocotillo-graphql";

export interface Tracing {
  tracer: Tracer;
  /** Exports what is pending and stops. */
  shutdown(): Promise<void>;
}

export async function startTracing(config: TracingConfig, options: { exporter?: SpanExporter } = {}): Promise<Tracing | null> {
  if (config.exporter === "none" && !options.exporter) return null;
  const [{ NodeTracerProvider }, base, { resourceFromAttributes }, { registerInstrumentations }, { PrismaInstrumentation }] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/instrumentation"),
    import("@prisma/instrumentation"),
  ]);
  const exporter = options.exporter ?? (config.exporter === "console"
    ? new base.ConsoleSpanExporter()
    : new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter(config.otlpTracesEndpoint ? { url: config.otlpTracesEndpoint } : {}));
  const ratio = new base.TraceIdRatioBasedSampler(config.samplerRatio);
  const samplers: Record<TracingConfig["sampler"], Sampler> = {
    always_on: new base.AlwaysOnSampler(),
    always_off: new base.AlwaysOffSampler(),
    traceidratio: ratio,
    parentbased_always_on: new base.ParentBasedSampler({ root: new base.AlwaysOnSampler() }),
    parentbased_always_off: new base.ParentBasedSampler({ root: new base.AlwaysOffSampler() }),
    parentbased_traceidratio: new base.ParentBasedSampler({ root: ratio }),
  };
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": config.serviceName }),
    sampler: samplers[config.sampler],
    spanProcessors: [options.exporter ? new base.SimpleSpanProcessor(exporter) : new base.BatchSpanProcessor(exporter)],
  });
  provider.register();
  const unregister = registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  return {
    tracer: provider.getTracer(TRACER_NAME),
    shutdown: async () => {
      unregister();
      await provider.shutdown();
    },
  };
}
