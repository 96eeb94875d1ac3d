package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the publishing records print when logged (or shown in a failed assertion): ids, never a
 * URL, whose query may carry a receiver's token, and never a secret.
 */
class SecretsNotPrintedTest {

    private static final String URL = "https://cms.example.org/hooks/tessera?token=receiver-token-1234";
    private static final String SECRET = "whsec_c2VjcmV0LXNpZ25pbmcta2V5LTAxMjM0NTY3ODk=";
    private static final String PREVIOUS = "whsec_cHJldmlvdXMtc2lnbmluZy1rZXktMDEyMzQ1Njc=";

    @Test
    void anEndpointPrintsItsIdOnly() {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = 42L;
        endpoint.url = URL;
        endpoint.secret = SECRET;
        endpoint.previousSecret = PREVIOUS;

        assertThat(endpoint.toString()).contains("42").satisfies(SecretsNotPrintedTest::leaksNothing);
    }

    @Test
    void aMessagePrintsItsWebhookIdOnly() {
        WebhookSender.Message message = new WebhookSender.Message(URL, "msg_0123456789abcdef", "{\"type\":\"webhook.test\"}",
                List.of(SECRET, PREVIOUS));

        assertThat(message.toString()).contains("msg_0123456789abcdef").satisfies(SecretsNotPrintedTest::leaksNothing)
                .doesNotContain("webhook.test");
    }

    @Test
    void aClaimedDeliveryPrintsItsIdAndAttemptOnly() {
        DeliveryRows.ClaimedRow row = new DeliveryRows.ClaimedRow(7, 42, 2, "msg_0123456789abcdef", "{}", URL, SECRET,
                PREVIOUS);

        assertThat(row.toString()).contains("7").satisfies(SecretsNotPrintedTest::leaksNothing);
        assertThat(row.claimed().toString()).contains("7").satisfies(SecretsNotPrintedTest::leaksNothing);
        assertThat(row.claimed().secrets()).containsExactly(SECRET, PREVIOUS);
    }

    private static void leaksNothing(String printed) {
        assertThat(printed).doesNotContain("cms.example.org").doesNotContain("receiver-token")
                .doesNotContain(SECRET).doesNotContain(PREVIOUS).doesNotContain("whsec_");
    }
}
