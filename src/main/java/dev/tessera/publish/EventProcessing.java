package dev.tessera.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tessera.article.Article;
import dev.tessera.article.Revision;
import dev.tessera.events.EventTypes;
import dev.tessera.events.Outbox;
import dev.tessera.publish.OutboxRows.ClaimedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * What happens to each outbox event. {@code article.language.completed}: the document is
 * merged (outside any transaction), then in one short transaction stored, the deliveries
 * created, {@code article.completed} recorded if it was the last language, and the event
 * marked done — so a crash anywhere leaves the event to be processed again, and processing it
 * again adds no second delivery. Other events become deliveries to the subscribed endpoints.
 */
// Alike by shape only: its constructor injection looks like other beans'; nothing to share.
@ApplicationScoped
public class EventProcessing {

    private static final Logger LOG = Logger.getLogger(EventProcessing.class);

    private final DocumentAssembly assembly;
    private final TranslatedDocuments documents;
    private final DeliveryRows deliveries;
    private final OutboxRows outboxRows;
    private final Outbox outbox;
    private final Links links;
    private final ObjectMapper json;

    public EventProcessing(DocumentAssembly assembly, TranslatedDocuments documents, DeliveryRows deliveries,
                           OutboxRows outboxRows, Outbox outbox, Links links, ObjectMapper json) {
        this.assembly = assembly;
        this.documents = documents;
        this.deliveries = deliveries;
        this.outboxRows = outboxRows;
        this.outbox = outbox;
        this.links = links;
        this.json = json;
    }

    public void process(ClaimedEvent event) {
        switch (event.type()) {
            case EventTypes.LANGUAGE_COMPLETED -> languageCompleted(event);
            case EventTypes.WEBHOOK_TEST -> test(event);
            default -> QuarkusTransaction.requiringNew().run(() -> {
                if (EventTypes.LANGUAGE_REOPENED.equals(event.type()) && event.articleId() != null
                        && event.revisionId() != null) {
                    documents.delete(event.articleId(), event.lang(), event.revisionId());
                }
                Map<String, Object> data = articleData(event);
                if (EventTypes.ARTICLE_COMPLETED.equals(event.type())) {
                    Article article = Article.findById(event.articleId());
                    data.put("languages", List.of(article.targetLangs).stream()
                            .map(l -> Map.of("lang", l, "document", Map.of("url", links.document(article.id, l))))
                            .toList());
                }
                deliveries.enqueue(event.id(), event.type(), payload(event, data), null);
                outboxRows.done(event.id(), null);
            });
        }
    }

    private void languageCompleted(ClaimedEvent event) {
        DocumentAssembly.Inputs inputs = assembly.load(event.articleId(), event.lang());
        if (event.revisionId() != null && inputs.revisionId() != event.revisionId()) {
            outboxRows.done(event.id(), "skipped: revision " + event.revisionId() + " is no longer the current one");
            return;
        }
        if (!inputs.complete()) {
            outboxRows.done(event.id(), "skipped: the language is no longer complete");
            return;
        }
        DocumentAssembly.Assembled assembled = assembly.merge(inputs);
        QuarkusTransaction.requiringNew().run(() -> {
            TranslatedDocuments.Stored stored = documents.store(inputs, assembled);
            Map<String, Object> data = articleData(event);
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("url", links.document(inputs.articleId(), inputs.lang()));
            document.put("sha256", stored.sha256());
            document.put("size", stored.size());
            document.put("contentType", stored.contentType());
            document.put("fileName", stored.fileName());
            data.put("document", document);
            deliveries.enqueue(event.id(), event.type(), payload(event, data), null);
            List<String> incomplete = documents.incompleteLanguages(inputs.articleId());
            if (incomplete.isEmpty() && !outboxRows.articleCompletedRecorded(inputs.articleId(), inputs.revisionId())) {
                outbox.record(EventTypes.ARTICLE_COMPLETED, inputs.articleId(), null, inputs.revisionId(), Map.of());
                LOG.infof("Article %d is complete in every language", inputs.articleId());
            }
            outboxRows.done(event.id(), null);
        });
        LOG.infof("Stored the %s document of article %d, revision %d (%d bytes)", inputs.lang(), inputs.articleId(),
                inputs.revisionId(), assembled.bytes().length);
    }

    private void test(ClaimedEvent event) {
        Map<String, Object> data = readData(event);
        Object endpoint = data.get("endpointId");
        QuarkusTransaction.requiringNew().run(() -> {
            if (endpoint instanceof Number id) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("endpointId", id.longValue());
                body.put("message", "A test message from Tessera");
                deliveries.enqueue(event.id(), event.type(), payload(event, body), id.longValue());
            }
            outboxRows.done(event.id(), endpoint == null ? "skipped: no endpoint" : null);
        });
    }

    /** Who the event is about: article, external id, language, revision; then the event's own data. */
    private Map<String, Object> articleData(ClaimedEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event.articleId() != null) {
            Article article = Article.findById(event.articleId());
            data.put("articleId", event.articleId());
            data.put("externalId", article == null ? null : article.externalId);
        }
        if (event.lang() != null) {
            data.put("lang", event.lang());
        }
        if (event.revisionId() != null) {
            Revision revision = Revision.findById(event.revisionId());
            data.put("revision", revision == null ? null : revision.number);
            data.put("revisionId", event.revisionId());
        }
        readData(event).forEach(data::putIfAbsent);
        return data;
    }

    private Map<String, Object> readData(ClaimedEvent event) {
        try {
            return event.data() == null ? new LinkedHashMap<>()
                    : json.readValue(event.data(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " has unreadable data", e);
        }
    }

    /** The body every receiver gets: {@code {"type", "timestamp", "data"}}. Signed byte for byte as stored. */
    private String payload(ClaimedEvent event, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type());
        body.put("timestamp", event.createdAt().toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
