package dev.tessera.common;

import io.quarkus.logging.LoggingFilter;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The last line of defence that keeps secrets out of the log, on every handler: webhook
 * secrets ({@code whsec_…}), API tokens ({@code tsr_…}), bcrypt hashes, and the row contents
 * PostgreSQL puts in error details ({@code Failing row contains (…)}, {@code Key (…)=(…)}) are
 * replaced in messages and in the messages of logged exceptions. The first line is not to
 * produce them: the JDBC driver is told not to put server error details into exception
 * messages ({@code logServerErrorDetail=false} in application.properties).
 */
@LoggingFilter(name = "secret-redaction")
public final class LogRedaction implements Filter {

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("whsec_[A-Za-z0-9+/=_-]+"), "whsec_[redacted]"),
            new Rule(Pattern.compile("tsr_[A-Za-z0-9_-]{6,}"), "tsr_[redacted]"),
            new Rule(Pattern.compile("\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{20,}"), "[bcrypt hash redacted]"),
            new Rule(Pattern.compile("Failing row contains \\(.*"), "Failing row contains ([redacted])"),
            new Rule(Pattern.compile("Key \\(([^)]*)\\)=\\(.*?\\)( already exists| is not present)"), "Key ($1)=([redacted])$2"));

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String redacted = redact(formatted);
            if (redacted != null && !redacted.equals(formatted)) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && needsRedaction(thrown)) {
            record.setThrown(RedactedThrowable.of(thrown));
        }
        return true;
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }

    private static boolean needsRedaction(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 20; t = t.getCause(), depth++) {
            String message = t.getMessage();
            if (message != null && !message.equals(redact(message))) {
                return true;
            }
        }
        return false;
    }

    /** A copy of an exception chain with redacted messages, the original classes' names and stack traces. */
    static final class RedactedThrowable extends Throwable {

        private final String original;

        private RedactedThrowable(String original, String message, Throwable cause) {
            super(message, cause, false, true);
            this.original = original;
        }

        static Throwable of(Throwable t) {
            return of(t, 0);
        }

        private static Throwable of(Throwable t, int depth) {
            Throwable cause = t.getCause() == null || t.getCause() == t || depth >= 20 ? null : of(t.getCause(), depth + 1);
            RedactedThrowable copy = new RedactedThrowable(t.getClass().getName(), redact(t.getMessage()), cause);
            copy.setStackTrace(t.getStackTrace());
            return copy;
        }

        @Override
        public String toString() {
            return getMessage() == null ? original : original + ": " + getMessage();
        }
    }
}
