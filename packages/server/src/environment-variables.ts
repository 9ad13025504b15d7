/**
 * Every environment variable the server reads, with what it does. docs/server.md lists them (a
 * test checks), and the error-code check knows these names are settings, not error codes.
 */
export const environmentVariables: Readonly<Record<string, string>> = {
  PORT: 'Port to listen on (default 3000; 0 picks a free one).',
  HOST: 'Address to listen on (default 127.0.0.1; 0.0.0.0 to serve the LAN).',
  DATABASE_URL: 'postgres://... to use PostgreSQL instead of the embedded database.',
  INKLESS_DATA_DIR: 'Where the embedded database, the mail outbox and other files live (default ./data).',
  INKLESS_PUBLIC_URL: 'The address users reach the server at, for links in mail (default http://localhost:PORT).',
  INKLESS_ALLOWED_HOSTS: 'Comma-separated host names the server answers to besides localhost, 127.0.0.1, [::1] and the host of INKLESS_PUBLIC_URL; requests naming any other host get 421 (a guard against DNS rebinding).',
  INKLESS_LOG_LEVEL: 'Log level of the structured (JSON) log on stdout: fatal, error, warn, info (default), debug, trace or silent. Errors (every 500) are logged at error, without request bodies or full addresses.',
  INKLESS_TRUST_PROXY: 'Comma-separated proxy addresses whose X-Forwarded-For is believed (default: none, the header is ignored).',
  SMTP_URL: 'smtp://user:pass@host:port to send mail; without it mail is written to DATA_DIR/outbox and its link logged.',
  INKLESS_MAIL_FROM: 'The From address of mail (default Inkless <no-reply@localhost>).',
  INKLESS_SESSION_IDLE_MINUTES: 'A session ends after this long without a request (default 480).',
  INKLESS_SESSION_ABSOLUTE_DAYS: 'A session ends this long after sign-in however active (default 7).',
  INKLESS_ACCESS_LOG_DAYS: 'Days the access log is kept (default 90).',
  INKLESS_SECURITY_LOG_DAYS: 'Days the security log (full IP addresses of sign-in events) is kept (default 30).',
  INKLESS_RECENT_VIEWS_DAYS: 'Days "recently viewed" history is kept (default 90; only with the preferences consent).',
  INKLESS_DELETION_GRACE_DAYS: 'Days between asking to delete an account and its deletion, during which it can be cancelled (default 14).',
  INKLESS_PRINTERS: 'The printers print jobs go to, as a JSON array of {"id", "name", "uri": "tcp://host:port", "profile", "confirm"?, "allowInternalAddress"?} (default: none; users pick one by id and never give an address).',
  INKLESS_PRINTERS_FILE: 'A JSON file holding the same array as INKLESS_PRINTERS (set one of the two).',
  INKLESS_RENDER_PER_MINUTE: 'POST /api/render calls allowed per client address and minute (default 600).',
  INKLESS_TEST_DATABASE_URL: 'Tests and benchmarks only: the PostgreSQL they use (default postgres://postgres@127.0.0.1:5432/test).',
};
