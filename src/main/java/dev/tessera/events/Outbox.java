package dev.tessera.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;

/**
 * The outbox: an event row written inside the caller's transaction (it never commits on its
 * own), plus {@code pg_notify} so that a worker wakes up when that transaction commits.
 *
 * <p>Writing the event in the same transaction as the change that causes it (an approval, a
 * source update) means an event exists exactly when its cause was committed: no lost
 * events after a crash, no events for rolled-back work. The worker in {@code publish} takes
 * the rows from there; this package knows nothing of it.
 */
@ApplicationScoped
public class Outbox {

    /** The channel {@code pg_notify} signals on; PostgreSQL delivers it only at commit. */
    public static final String CHANNEL = "tessera_outbox";

    private final EntityManager em;
    private final ObjectMapper json;

    public Outbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Records an event in the current transaction; returns its id. type e.g. "article.language.completed". */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(String type, long articleId, String lang, long revisionId, Map<String, Object> data) {
        Objects.requireNonNull(type, "type");
        Long id = (Long) em.createNativeQuery("""
                        INSERT INTO outbox_event (type, article_id, lang, revision_id, data)
                        VALUES (:type, :article, :lang, :revision, cast(:data AS jsonb))
                        RETURNING id""", Long.class)
                .setParameter("type", type)
                .setParameter("article", articleId)
                .setParameter("lang", lang)
                .setParameter("revision", revisionId)
                .setParameter("data", toJson(data))
                .getSingleResult();
        em.createNativeQuery("SELECT pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", id.toString())
                .getSingleResult();
        return id.longValue();
    }

    private String toJson(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data == null ? Map.of() : data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serialisable as JSON", e);
        }
    }
}
