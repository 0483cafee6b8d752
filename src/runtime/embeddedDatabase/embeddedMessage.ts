/** Messages exchanged over IPC between the server and the embedded database process. */
export type EmbeddedMessage =
  | { type: "ready"; port: number }
  | { type: "error"; message: string }
  | { type: "stop" };
