/**
 * Assembles the HTTP server: Express 5 with Apollo Server 5 at /graphql, GraphiQL at
 * /graphiql, /health, /metrics (Prometheus), /geojson/things (GIS download), /ngwmn/* (NGWMN
 * XML services), /assets (file uploads and signed downloads) and /ogc (OGC API – Features); every
 * request gets an id, a SQL statement counting scope, metrics and a log line. Nothing listens until
 * `start()`; `stop()` drains in-flight requests (new connections are refused at once) and resolves
 * when the HTTP server has closed; calling it again returns the same promise.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

import type { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Tracer } from "@opentelemetry/api";
import express from "express";

import { createApiKeyAuthentication } from "../auth/apiKeyAuthentication.js";
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
import { answerHttpErrors, answerUnmatched, refuseHostileUrls } from "./httpErrors.js";
import { observeHttpRequests, sqlStatementScope } from "./httpObservability.js";
import { createMetrics } from "./metrics.js";
import { metricsRouter } from "./metricsRouter.js";
import { ngwmnRouter } from "./ngwmnRouter.js";
import { ogcRouter } from "./ogc/ogcRouter.js";
import { importRouter } from "./importRouter.js";
import { requestDeadline } from "./requestDeadline.js";
import { assetRouter } from "./assetRouter.js";
import type { AssetFiles } from "../storage/assetFiles.js";
import type { AssetStore } from "../storage/assetStore.js";
import { createAssetStore } from "../storage/createAssetStore.js";
import { requestIdFor } from "./requestId.js";
import { playgroundRouter } from "./playground.js";
import { createApolloServer } from "./createApolloServer.js";
import { jsonBody } from "./limits/jsonBody.js";
import type { GraphqlOffload } from "./graphqlOffload.js";
import { captureSchema } from "./captureSchema.js";
import { once } from "./once.js";
import { reenterRequestSpan, startRequestSpan } from "../tracing/httpRequestSpans.js";

export interface ServerOptions {
  config: Pick<Config, "http" | "graphql" | "observability" | "auth" | "limits" | "assets">;
  /** The primary: mutations, imports, the lexicon, and everything when there is no `readDatabase`. */
  database: Database;
  /**
   * The read replica (DATABASE_READ_URL): GraphQL query operations and the read-only routes read
   * through it (default: `database`). Read-only routes take `readDatabase` here, the one choice point.
   */
  readDatabase?: Database;
  /**
   * Where the lexicon LISTEN connects: it needs a session on the primary server itself
   * (DATABASE_DIRECT_URL behind a transaction pooler; default: `database`'s connection settings).
   */
  listenerUrl?: string;
  logger: Logger;
  /** The lexicon cache to validate vocabulary against; default: one loaded from `database`. */
  lexicon?: LexiconCache;
  /** LISTEN for lexicon changes of other processes on a dedicated connection (default true). */
  listenForLexiconChanges?: boolean;
  /** Who is calling, from the Authorization header; default: the one `config.auth` describes. */
  authenticator?: Authenticator;
  /** Spans of requests, operations and SQL statements (src/tracing); absent when tracing is off. */
  tracer?: Tracer;
  /** Runs some operations off this thread (the executor threads of src/runtime); without it every operation runs here. */
  offload?: GraphqlOffload;
  /** The store of asset files; default: the one `config.assets` describes. */
  assetStore?: AssetStore;
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
  readDatabase = database,
  listenerUrl,
  logger,
  lexicon: givenLexicon,
  listenForLexiconChanges = true,
  authenticator: givenAuthenticator,
  tracer,
  offload,
  assetStore,
}: ServerOptions): Promise<RunningServer> {
  // API keys are looked up in this server's database; a given authenticator brings its own (or none).
  const apiKeys = givenAuthenticator
    ? null
    : createApiKeyAuthentication({
        prisma: database.prisma,
        onError: (err) => logger.warn({ err }, "recording when API keys were last used failed"),
      });
  const authenticator = givenAuthenticator ?? (await createAuthenticator(config.auth, { apiKeys: apiKeys ?? undefined }));
  const lexicon = givenLexicon ?? (await LexiconCache.load(database.prisma));
  const assetFiles: AssetFiles = {
    store: assetStore ?? (await createAssetStore(config.assets.storage)),
    maxBytes: config.assets.maxBytes,
    urlTtlSeconds: config.assets.urlTtlSeconds,
  };
  const lexiconListener = listenForLexiconChanges
    ? startLexiconListener({ connection: listenerUrl ? { connectionString: listenerUrl } : database.pool.options, cache: lexicon, log: logger })
    : null;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const eventLoop = new EventLoopMonitor();
  const metrics = createMetrics({ pool: database.pool, eventLoop });
  const { slowOperationMs } = config.observability;
  const servedSchema = captureSchema();
  if (offload) lexicon.onChange(() => offload.lexiconChanged());

  const apollo = await createApolloServer({
    introspection: config.graphql.introspection,
    statementCount: database.statementCount,
    slowOperationMs,
    lexicon,
    limits: config.limits,
    ...(tracer ? { tracer } : {}),
    plugins: [
      metrics.graphqlPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      servedSchema.plugin,
    ],
  });
  await apollo.start();

  app.use(observeHttpRequests({ logger, metrics, slowOperationMs }));
  app.use(refuseHostileUrls());
  app.use(requestDeadline(config.http.requestTimeoutMs));
  if (tracer) app.use(startRequestSpan(tracer));
  // GraphQL first: no other route handles /graphql, and every router a request passes walks its routes.
  app.use(
    "/graphql",
    ...jsonBody(config.limits.maxBodyBytes),
    sqlStatementScope,
    ...(tracer ? [reenterRequestSpan] : []),
    ...(offload
      ? [
          offload.handler({
            schema: servedSchema.schema,
            authenticator,
            maxTokens: config.limits.maxTokens,
            logger,
            observe: (observation) => metrics.observeGraphql(observation),
          }),
        ]
      : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFor(req, res);
        const { caller, user } = await authenticator.authenticate(req.get("authorization"));
        return createContext(database.prisma, logger, requestId, {
          lexicon,
          caller,
          user,
          readPrisma: readDatabase === database ? null : readDatabase.prisma,
          assetFiles,
        });
      },
    }),
  );

  app.use(healthRouter(database.pool, eventLoop));
  app.use(metricsRouter(metrics, logger));
  app.use(geojsonRouter(readDatabase.prisma, logger));
  app.use(ngwmnRouter(readDatabase.prisma, logger));
  app.use(assetRouter({ prisma: database.prisma, assetFiles, logger, authenticate: (h) => authenticator.authenticate(h) }));
  app.use(ogcRouter({ prisma: readDatabase.prisma, logger, authenticate: (h) => authenticator.authenticate(h) }));
  app.use(importRouter({ prisma: database.prisma, pool: database.pool, lexicon, logger, authenticate: (h) => authenticator.authenticate(h) }));
  if (config.graphql.playground) {
    app.use(playgroundRouter("/graphql"));
    app.get("/", (_req, res) => res.redirect("/graphiql"));
  }
  app.use(answerUnmatched());
  app.use(answerHttpErrors(logger));

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
    stop: once(async () => {
      eventLoop.stop();
      await lexiconListener?.stop();
      await apollo.stop();
      await apiKeys?.close();
    }),
  };
}
