package dev.tessera.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the log filter replaces, and what it leaves alone. */
class LogRedactionTest {

    @Test
    void secretsHashesAndRowContentsAreReplaced() {
        assertThat(LogRedaction.redact("secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw sent"))
                .isEqualTo("secret whsec_[redacted] sent");
        assertThat(LogRedaction.redact("token tsr_abcdefghijklmnop_QRST-uv"))
                .isEqualTo("token tsr_[redacted]");
        assertThat(LogRedaction.redact("hash $sha256$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW!"))
                .isEqualTo("hash $sha256[bcrypt hash redacted]!");
        assertThat(LogRedaction.redact("  Detail: Failing row contains (1, admin, $2b$10$abc, whsec_x)."))
                .isEqualTo("  Detail: Failing row contains ([redacted])");
        assertThat(LogRedaction.redact("Detail: Key (token_hash)=(9f86d081884c7d65) already exists."))
                .isEqualTo("Detail: Key (token_hash)=([redacted]) already exists.");
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        String line = "Embedded PostgreSQL ready at jdbc:postgresql://127.0.0.1:5432/postgres; 12 segments, $2 each";
        assertThat(LogRedaction.redact(line)).isEqualTo(line);
        assertThat(LogRedaction.redact(null)).isNull();
    }
}
