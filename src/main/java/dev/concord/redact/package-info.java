/**
 * PII redaction for AI-agent logs: typed rules ({@link dev.concord.redact.RedactionRule}), the
 * {@link dev.concord.redact.Redactor} that applies them, and the counts and hits it reports.
 *
 * <p>Ingest runs {@link dev.concord.redact.Redactor#redact} on every text field before storing it;
 * export runs {@link dev.concord.redact.Redactor#scan} as a last check. Nothing in this package ever
 * puts matched text into an exception message, a log line or a {@code toString()}.
 * The default rules are listed in {@code docs/redaction-rules.md}.
 */
package dev.concord.redact;
