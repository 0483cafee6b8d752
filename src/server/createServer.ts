/**
 * Assembles the HTTP server: Express 5 with Apollo Server 5 at /graphql, GraphiQL at
 * /graphiql, /health, /metrics (Prometheus), /geojson/things (GIS download) and /ngwmn/* (NGWMN
 * XML services); every request gets an id, a SQL statement counting scope, metrics and a log line. Nothing listens until `start()`; `stop()` drains in-flight requests
 * (new connections are refused at once) and resolves when the HTTP server has closed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

import type { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";

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
import { requestIdFor } from "./requestId.js";
import { playgroundRouter } from "./playground.js";
import { createApolloServer } from "./createApolloServer.js";

export interface ServerOptions {
  config: Pick<Config, "http" | "graphql" | "observability">;
  database: Database;
  logger: Logger;
  /** The lexicon cache to validate vocabulary against; default: one loaded from `database`. */
  lexicon?: LexiconCache;
  /** LISTEN for lexicon changes of other processes on a dedicated connection (default true). */
  listenForLexiconChanges?: boolean;
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
}: ServerOptions): Promise<RunningServer> {
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

  const apollo = await createApolloServer({
    introspection: config.graphql.introspection,
    statementCount: database.statementCount,
    slowOperationMs,
    lexicon,
    plugins: [
      metrics.graphqlPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use(observeHttpRequests({ logger, metrics, slowOperationMs }));
  app.use(healthRouter(database.pool, eventLoop));
  app.use(metricsRouter(metrics));
  app.use(geojsonRouter(database.prisma, logger));
  app.use(ngwmnRouter(database.prisma, logger));
  if (config.graphql.playground) {
    app.use(playgroundRouter("/graphql"));
    app.get("/", (_req, res) => res.redirect("/graphiql"));
  }
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    sqlStatementScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(database.prisma, logger, requestIdFor(req, res), { lexicon }),
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
