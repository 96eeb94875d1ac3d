package dev.tessera.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tessera.api.Problems;
import dev.tessera.auth.CurrentUser;
import dev.tessera.auth.Role;
import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import dev.tessera.memory.MemoryViews.Suggestion;
import dev.tessera.metrics.WorkMeters;
import dev.tessera.queue.QueueViews.Claim;
import dev.tessera.queue.QueueViews.ClaimedSegment;
import dev.tessera.queue.QueueViews.Neighbour;
import dev.tessera.queue.QueueViews.Released;
import dev.tessera.queue.QueueViews.Waiting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handing out work: a run of consecutive segments of one article, on a lease. A user who
 * still holds a live run in the language gets that run back (renewed) rather than a second
 * one, so nobody hoards segments. Each claim is one short transaction.
 */
@ApplicationScoped
@Transactional
public class ClaimingSegments {

    public static final int MAX_LIMIT = 100;

    private static final TypeReference<List<Suggestion>> SUGGESTIONS = new TypeReference<>() {
    };

    private final QueueRepository queue;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Duration lease;
    private final boolean allowSelfReview;
    @Inject
    WorkMeters meters;

    public ClaimingSegments(QueueRepository queue, EntityManager em, ObjectMapper json,
                            @ConfigProperty(name = "tessera.queue.lease", defaultValue = "PT15M") Duration lease,
                            @ConfigProperty(name = "tessera.review.allow-self-approval", defaultValue = "false")
                            boolean allowSelfReview) {
        this.queue = queue;
        this.em = em;
        this.json = json;
        this.lease = lease;
        this.allowSelfReview = allowSelfReview;
    }

    public Claim claim(CurrentUser user, String lang, int limit, Long articleId, boolean review) {
        requireRole(user, lang, review);
        long me = user.id();
        Instant until = Instant.now().plus(lease);
        List<Long> ids = queue.held(me, lang, review);
        boolean renewal = !ids.isEmpty();
        if (ids.isEmpty()) {
            Object[] anchor = queue.anchor(me, lang, review, articleId, allowSelfReview);
            if (anchor != null) {
                long article = ((Number) anchor[0]).longValue();
                int position = ((Number) anchor[1]).intValue();
                ids = queue.run(me, lang, review, article, position, limit, allowSelfReview);
            }
        }
        if (ids.isEmpty()) {
            return new Claim(lang, review ? "review" : "translate", null, null, null, List.of());
        }
        if (!renewal) {
            meters.claimed(lang, review ? "review" : "translate", ids.size(), queue.lapsedLeases(ids));
        }
        queue.lease(ids, me, until);
        List<Object[]> rows = queue.details(ids);
        List<ClaimedSegment> segments = rows.stream().map(this::segment).toList();
        long article = ((Number) rows.get(0)[9]).longValue();
        String title = (String) em.createNativeQuery("SELECT title FROM article WHERE id = ?1")
                .setParameter(1, article).getSingleResult();
        return new Claim(lang, review ? "review" : "translate", article, title, until, segments);
    }

    public Released release(CurrentUser user, String lang) {
        return new Released(queue.release(user.id(), lang));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Waiting waiting(CurrentUser user, String lang) {
        user.requireLanguage(lang);
        Object[] row = queue.waiting(lang);
        return new Waiting(lang, number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                number(row[5]), number(row[6]), queue.claimedBy(user.id(), lang));
    }

    private static void requireRole(CurrentUser user, String lang, boolean review) {
        user.requireLanguage(lang);
        boolean allowed = review
                ? user.has(Role.REVIEWER) || user.has(Role.EDITOR) || user.has(Role.ADMIN)
                : user.has(Role.TRANSLATOR) || user.has(Role.REVIEWER) || user.has(Role.EDITOR) || user.has(Role.ADMIN);
        if (!allowed) {
            throw Problems.forbidden(review ? "Only reviewers, editors and admins claim review work"
                    : "Your roles do not include translating");
        }
    }

    private ClaimedSegment segment(Object[] r) {
        return new ClaimedSegment(((Number) r[0]).longValue(), number(r[1]), notation(r[2], r[3]), (String) r[4],
                number(r[5]), (String) r[6], (String) r[7], number(r[8]), (String) r[10],
                neighbour(r[11], r[12], r[13], r[14], r[15]), neighbour(r[16], r[17], r[18], r[19], r[20]),
                suggestions((String) r[21]));
    }

    /** The suggestions stored with the segment, read from their JSON; none when there are none. */
    private List<Suggestion> suggestions(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, SUGGESTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored suggestions are not readable", e);
        }
    }

    private static Neighbour neighbour(Object id, Object coded, Object codes, Object target, Object status) {
        return id == null ? null
                : new Neighbour(((Number) id).longValue(), notation(coded, codes), (String) target, (String) status);
    }

    private static String notation(Object coded, Object codes) {
        return InlineNotation.render(new SegmentContent((String) coded, (String) codes));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
