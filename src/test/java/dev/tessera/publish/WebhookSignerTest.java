package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signatures a Standard Webhooks receiver verifies, with one secret or two during a rotation. */
class WebhookSignerTest {

    private static final String BODY = "{\"type\":\"webhook.test\",\"timestamp\":\"2026-11-20T10:00:00Z\",\"data\":{}}";

    @Test
    void secretsAreWhsecWith32RandomBytes() {
        String secret = WebhookSigner.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSigner.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void theLibraryVerifiesOurSignature() {
        String secret = WebhookSigner.newSecret();
        long now = System.currentTimeMillis() / 1000;
        String signature = WebhookSigner.signature("msg_1", now, BODY, List.of(secret));
        assertThat(signature).startsWith("v1,").doesNotContain(" ");
        assertThatCode(() -> new Webhook(secret).verify(BODY, headers("msg_1", now, signature))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Webhook(WebhookSigner.newSecret()).verify(BODY, headers("msg_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(BODY + " ", headers("msg_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringARotationBothSecretsVerify() {
        String current = WebhookSigner.newSecret();
        String previous = WebhookSigner.newSecret();
        long now = System.currentTimeMillis() / 1000;
        String signature = WebhookSigner.signature("msg_2", now, BODY, List.of(current, previous));
        assertThat(signature.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThatCode(() -> new Webhook(current).verify(BODY, headers("msg_2", now, signature))).doesNotThrowAnyException();
        assertThatCode(() -> new Webhook(previous).verify(BODY, headers("msg_2", now, signature))).doesNotThrowAnyException();
    }

    @Test
    void withNoSecretThereIsNoSignature() {
        assertThatThrownBy(() -> WebhookSigner.signature("msg_3", 1_700_000_000L, BODY, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No secret to sign with");
    }

    @Test
    void aSecretTheLibraryCannotUseIsAnError() {
        assertThatThrownBy(() -> WebhookSigner.signature("msg_4", 1_700_000_000L, BODY, List.of("whsec_***")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theSignatureIsFixedByIdTimestampBodyAndSecret() {
        String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        String signature = WebhookSigner.signature("msg_5", 1_700_000_000L, BODY, List.of(secret));
        assertThat(signature).isEqualTo(WebhookSigner.signature("msg_5", 1_700_000_000L, BODY, List.of(secret)))
                .isNotEqualTo(WebhookSigner.signature("msg_6", 1_700_000_000L, BODY, List.of(secret)))
                .isNotEqualTo(WebhookSigner.signature("msg_5", 1_700_000_001L, BODY, List.of(secret)));
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
