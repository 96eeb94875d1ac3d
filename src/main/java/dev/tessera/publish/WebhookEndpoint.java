package dev.tessera.publish;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A publishing system's webhook receiver: where events go, which ones, and the secret that
 * signs them. The secret is needed to sign, so it is stored as it is; it is never logged and
 * never shown again after creation or rotation. {@link #toString} leaves out the secrets and
 * the URL, whose query may carry a receiver's token.
 */
// Alike by shape only: its column mappings look like other entities'; each maps its own table.
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "webhook_endpoint_seq", sequenceName = "webhook_endpoint_seq", allocationSize = 50)
    @GeneratedValue(generator = "webhook_endpoint_seq")
    public Long id;

    public String url;

    public String description;

    @Column(name = "event_types")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] eventTypes;

    public boolean active = true;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + "]"; // never the URL (its query may carry a receiver's token) or the secrets
    }
}
