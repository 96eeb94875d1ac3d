package dev.tessera.publish;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.api.Problems;
import dev.tessera.events.EventTypes;
import dev.tessera.publish.WebhookViews.CreateEndpoint;
import dev.tessera.publish.WebhookViews.CreatedEndpoint;
import dev.tessera.publish.WebhookViews.EndpointView;
import dev.tessera.publish.WebhookViews.RotatedSecret;
import dev.tessera.publish.WebhookViews.TestQueued;
import dev.tessera.publish.WebhookViews.UpdateEndpoint;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Managing webhook endpoints (admin): URLs checked against the address guard, subscriptions
 * checked against the known event types, secrets made here and shown once, rotation with a
 * grace period for the old secret, test messages and redelivery.
 */
@ApplicationScoped
@Transactional
public class WebhookEndpoints {

    private static final Logger LOG = Logger.getLogger(WebhookEndpoints.class);

    private final WebhookConfig config;
    private final AddressGuard guard;
    private final OutboxRows outboxRows;
    private final DeliveryRows deliveryRows;

    public WebhookEndpoints(WebhookConfig config, OutboxRows outboxRows, DeliveryRows deliveryRows) {
        this.config = config;
        this.guard = new AddressGuard(config.allowPrivateAddresses());
        this.outboxRows = outboxRows;
        this.deliveryRows = deliveryRows;
    }

    public CreatedEndpoint create(CreateEndpoint request, long userId) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.url = checkedUrl(request.url());
        endpoint.description = blankToNull(request.description());
        endpoint.eventTypes = eventTypes(request.eventTypes());
        endpoint.active = request.active() == null || request.active();
        endpoint.secret = WebhookSigner.newSecret();
        endpoint.createdBy = userId;
        endpoint.persist();
        LOG.infof("Webhook endpoint %d created", endpoint.id); // not the URL: its query may carry a receiver's token
        return new CreatedEndpoint(EndpointView.of(endpoint), endpoint.secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EndpointView> list(PageRequest page) {
        List<WebhookEndpoint> items = WebhookEndpoint.<WebhookEndpoint>findAll(Sort.by("id"))
                .page(page.page, page.size).list();
        return new Page<>(items.stream().map(EndpointView::of).toList(), page.page, page.size, WebhookEndpoint.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EndpointView get(long id) {
        return EndpointView.of(find(id));
    }

    public EndpointView update(long id, UpdateEndpoint request) {
        WebhookEndpoint endpoint = find(id);
        if (request.url() != null) {
            endpoint.url = checkedUrl(request.url());
        }
        if (request.description() != null) {
            endpoint.description = blankToNull(request.description());
        }
        if (request.eventTypes() != null) {
            endpoint.eventTypes = eventTypes(request.eventTypes());
        }
        if (request.active() != null && request.active() != endpoint.active) {
            endpoint.active = request.active();
            endpoint.disabledReason = endpoint.active ? null : "disabled by an admin";
            endpoint.disabledAt = endpoint.active ? null : Instant.now();
            endpoint.consecutiveFailures = 0;
        }
        endpoint.updatedAt = Instant.now();
        return EndpointView.of(endpoint);
    }

    public void delete(long id) {
        WebhookEndpoint endpoint = find(id);
        endpoint.delete();
        LOG.infof("Webhook endpoint %d deleted", id);
    }

    /** A new secret; the current one keeps signing (as a second signature) for the configured grace period. */
    public RotatedSecret rotate(long id) {
        WebhookEndpoint endpoint = find(id);
        endpoint.previousSecret = endpoint.secret;
        endpoint.previousSecretExpiresAt = Instant.now().plus(config.previousSecretValidity());
        endpoint.secret = WebhookSigner.newSecret();
        endpoint.updatedAt = Instant.now();
        LOG.infof("Webhook endpoint %d has a new secret; the previous one signs until %s", id,
                endpoint.previousSecretExpiresAt);
        return new RotatedSecret(endpoint.secret, endpoint.previousSecretExpiresAt);
    }

    /** Records a {@code webhook.test} event for this endpoint only (sent even while it is disabled). */
    public TestQueued test(long id) {
        find(id);
        return new TestQueued(outboxRows.recordTest(id));
    }

    public void redeliver(long id, long deliveryId) {
        find(id);
        if (!deliveryRows.redeliver(id, deliveryId)) {
            throw Problems.notFound("Delivery", deliveryId + " of webhook endpoint " + id);
        }
    }

    WebhookEndpoint find(long id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Webhook endpoint", id));
    }

    private String checkedUrl(String url) {
        String refusal = guard.refusal(url == null ? null : url.strip()).orElse(null);
        if (refusal != null) {
            throw Problems.invalidField("url", refusal);
        }
        return url.strip();
    }

    private static String[] eventTypes(List<String> requested) {
        if (requested == null) {
            return EventTypes.SUBSCRIBABLE.toArray(String[]::new);
        }
        if (requested.isEmpty()) {
            throw Problems.invalidField("eventTypes", "must name at least one of " + EventTypes.SUBSCRIBABLE);
        }
        List<String> types = requested.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        for (String type : types) {
            if (!EventTypes.SUBSCRIBABLE.contains(type)) {
                throw Problems.invalidField("eventTypes", "'" + type + "' is not one of " + EventTypes.SUBSCRIBABLE);
            }
        }
        return types.toArray(String[]::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
