/**
 * Assembles the HTTP server: Express 5 with Apollo Server 5 at /graphql, GraphiQL at
 * /graphiql, /health, /metrics (Prometheus), /geojson/things (GIS download), /ngwmn/* (NGWMN
 * XML services) and /ogc (OGC API – Features); every request gets an id, a SQL statement counting scope, metrics and a log line. Nothing listens until `start()`; `stop()` drains in-flight requests
 * (new connections are refused at once) and resolves when the HTTP server has closed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

import type { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";

import { createAuthenticator, type Authenticator } from "../auth/createAuthenticator.js";
import type { Config } from "../config.js";
import { createContext, type Context } from "../context.js";
import type { Database } from "../db/createDatabase.js";
import { LexiconCache } from "../domain/vocabulary/lexiconCache.js";
import { startLexiconListener } from "../domain/vocabulary/lexiconListener.js";
import type { Logger } from "../logger.js";
import { EventLoopMonitor } from "./eventLoopMonitor.js";
import { geojsonRouter } from "./geojsonRouter.js";
import { healthRouter } from "./healthRouter.js";
import { observeHttpRequests, sqlStatementScope } from "./httpObservability.js";
import { createMetrics } from "./metrics.js";
import { metricsRouter } from "./metricsRouter.js";
import { ngwmnRouter } from "./ngwmnRouter.js";
import { ogcRouter } from "./ogc/ogcRouter.js";
import { importRouter } from "./importRouter.js";
import { requestIdFor } from "./requestId.js";
import { playgroundRouter } from "./playground.js";
import { createApolloServer } from "./createApolloServer.js";
import { jsonBody } from "./limits/jsonBody.js";
import type { ExecutorPool } from "../execution/executorPool.js";
import { offloadHeavyOperations } from "../execution/offloadHeavyOperations.js";
import { captureSchema } from "../execution/captureSchema.js";

export interface ServerOptions {
  config: Pick<Config, "http" | "graphql" | "observability" | "auth" | "limits">;
  database: Database;
  logger: Logger;
  /** The lexicon cache to validate vocabulary against; default: one loaded from `database`. */
  lexicon?: LexiconCache;
  /** LISTEN for lexicon changes of other processes on a dedicated connection (default true). */
  listenForLexiconChanges?: boolean;
  /** Who is calling, from the Authorization header; default: the one `config.auth` describes. */
  authenticator?: Authenticator;
  /** Executor threads for heavy queries (src/execution); without it every operation runs on this thread. */
  executor?: { pool: ExecutorPool; minCost: number };
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

export async function startServer({
  config,
  database,
  logger,
  lexicon: givenLexicon,
  listenForLexiconChanges = true,
  authenticator: givenAuthenticator,
  executor,
}: ServerOptions): Promise<RunningServer> {
  const authenticator = givenAuthenticator ?? (await createAuthenticator(config.auth));
  const lexicon = givenLexicon ?? (await LexiconCache.load(database.prisma));
  const lexiconListener = listenForLexiconChanges
    ? startLexiconListener({ connection: database.pool.options, cache: lexicon, log: logger })
    : null;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const eventLoop = new EventLoopMonitor();
  const metrics = createMetrics({ pool: database.pool, eventLoop });
  const { slowOperationMs } = config.observability;
  const servedSchema = captureSchema();
  if (executor) lexicon.onChange(() => executor.pool.notifyLexiconChanged());

  const apollo = await createApolloServer({
    introspection: config.graphql.introspection,
    statementCount: database.statementCount,
    slowOperationMs,
    lexicon,
    limits: config.limits,
    plugins: [
      metrics.graphqlPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      servedSchema.plugin,
    ],
  });
  await apollo.start();

  app.use(observeHttpRequests({ logger, metrics, slowOperationMs }));
  app.use(healthRouter(database.pool, eventLoop));
  app.use(metricsRouter(metrics, logger));
  app.use(geojsonRouter(database.prisma, logger));
  app.use(ngwmnRouter(database.prisma, logger));
  app.use(ogcRouter({ prisma: database.prisma, logger, authenticate: (h) => authenticator.authenticate(h) }));
  app.use(importRouter({ prisma: database.prisma, pool: database.pool, lexicon, logger, authenticate: (h) => authenticator.authenticate(h) }));
  if (config.graphql.playground) {
    app.use(playgroundRouter("/graphql"));
    app.get("/", (_req, res) => res.redirect("/graphiql"));
  }
  app.use(
    "/graphql",
    ...jsonBody(config.limits.maxBodyBytes),
    sqlStatementScope,
    ...(executor
      ? [
          offloadHeavyOperations({
            executor: executor.pool,
            schema: servedSchema.schema,
            minWeight: executor.minCost,
            authenticator,
            maxTokens: config.limits.maxTokens,
            logger,
            onTelemetry: (telemetry) => metrics.observeGraphql(telemetry),
          }),
        ]
      : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFor(req, res);
        const { caller, user } = await authenticator.authenticate(req.get("authorization"));
        return createContext(database.prisma, logger, requestId, { lexicon, caller, user });
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.http.port, config.http.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.http.host.includes(":") ? `[${config.http.host}]` : config.http.host;

  return {
    url: `http://${host}:${port}`,
    httpServer,
    apollo,
    stop: async () => {
      eventLoop.stop();
      await lexiconListener?.stop();
      await apollo.stop();
    },
  };
}
