package dev.tessera.publish;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the webhook endpoints. No view but the creation and rotation answers carries a secret. */
public final class WebhookViews {

    private WebhookViews() {
    }

    public record CreateEndpoint(@NotBlank @Size(max = 2000) String url, @Size(max = 500) String description,
                                 List<@NotBlank String> eventTypes, Boolean active) {
    }

    /** A partial update: fields left out (null) stay as they are; {@code active=true} re-enables a disabled endpoint. */
    public record UpdateEndpoint(@Size(min = 1, max = 2000) String url, @Size(max = 500) String description,
                                 List<@NotBlank String> eventTypes, Boolean active) {
    }

    public record EndpointView(long id, String url, String description, List<String> eventTypes, boolean active,
                               String disabledReason, Instant disabledAt, int consecutiveFailures,
                               Instant previousSecretExpiresAt, Instant createdAt, Instant updatedAt) {
        static EndpointView of(WebhookEndpoint e) {
            Instant previous = e.previousSecretExpiresAt != null && e.previousSecretExpiresAt.isAfter(Instant.now())
                    ? e.previousSecretExpiresAt : null;
            return new EndpointView(e.id, e.url, e.description, List.of(e.eventTypes), e.active, e.disabledReason,
                    e.disabledAt, e.consecutiveFailures, previous, e.createdAt, e.updatedAt);
        }
    }

    /** The answer to creating an endpoint: the only time its secret is shown. */
    public record CreatedEndpoint(EndpointView endpoint, String secret) {
    }

    /** The answer to a rotation: the new secret, shown once, and until when the old one still signs. */
    public record RotatedSecret(String secret, Instant previousSecretExpiresAt) {
    }

    public record AttemptView(int attempt, Instant startedAt, int durationMs, Integer statusCode, String error,
                              String responseExcerpt) {
    }

    public record DeliveryView(long id, String webhookId, long eventId, String eventType,
                               @Schema(enumeration = {"PENDING", "SUCCEEDED", "FAILED"}) String status, int attempts,
                               Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
                               Instant completedAt, List<AttemptView> attemptLog) {
    }

    /** The answer to sending a test message. */
    public record TestQueued(long eventId) {
    }
}
