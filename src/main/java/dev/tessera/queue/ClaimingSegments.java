package dev.tessera.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tessera.api.Problems;
import dev.tessera.auth.CurrentUser;
import dev.tessera.document.InlineNotation;
import dev.tessera.document.SegmentContent;
import dev.tessera.memory.MemoryViews.Suggestion;
import dev.tessera.metrics.WorkMeters;
import dev.tessera.queue.QueueRepository.ClaimedRow;
import dev.tessera.queue.QueueRepository.ClaimedRun;
import dev.tessera.queue.QueueRepository.HeldRow;
import dev.tessera.queue.QueueRepository.NeighbourRow;
import dev.tessera.queue.QueueRepository.WaitingWork;
import dev.tessera.queue.QueueViews.Claim;
import dev.tessera.queue.QueueViews.ClaimedSegment;
import dev.tessera.queue.QueueViews.Neighbour;
import dev.tessera.queue.QueueViews.Released;
import dev.tessera.queue.QueueViews.Waiting;
import dev.tessera.status.Status;
import dev.tessera.translation.Actors;
import dev.tessera.translation.Decision;
import dev.tessera.translation.QueueConfig;
import dev.tessera.translation.Refusal;
import dev.tessera.translation.ReviewConfig;
import dev.tessera.translation.WorkflowPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Handing out work: a run of consecutive segments of one article, on a lease. A user who
 * still holds a live run in the language gets that run back (renewed) rather than a second
 * one, so nobody hoards segments; only a claim ahead adds a second run, the next one, and never
 * a third. Each claim is one short transaction.
 */
@ApplicationScoped
@Transactional
public class ClaimingSegments {

    public static final int MAX_LIMIT = 100;

    private static final TypeReference<List<Suggestion>> SUGGESTIONS = new TypeReference<>() {
    };

    private final QueueRepository queue;
    private final ObjectMapper json;
    private final Duration lease;
    private final boolean allowSelfReview;
    @Inject
    WorkMeters meters;
    private final WorkflowPolicy policy;

    public ClaimingSegments(QueueRepository queue, ObjectMapper json, QueueConfig queueConfig,
                            ReviewConfig review) {
        this.queue = queue;
        this.json = json;
        this.lease = queueConfig.lease();
        this.allowSelfReview = review.allowSelfApproval();
        this.policy = new WorkflowPolicy(allowSelfReview);
    }

    /** An ordinary claim: the run the user holds (renewed), else the first free run. */
    public Claim claim(CurrentUser user, String lang, int limit, Long articleId, boolean review) {
        return claim(user, lang, limit, articleId, review, false);
    }

    /**
     * A claim. Ordinary ({@code ahead} false): the user's current run, renewed; when only a run
     * claimed ahead is held, that run becomes the current one; else the first free run.
     * <p>
     * Ahead: the run after the one being worked on, so that the next segments are there before the
     * last submit. The current run's leases are left as they are (they end with each submit, or
     * run out). A person holds at most two runs: while a run claimed ahead is held, claiming ahead
     * again returns that same run (renewed). Holding nothing, claiming ahead is an ordinary claim.
     */
    public Claim claim(CurrentUser user, String lang, int limit, Long articleId, boolean review, boolean ahead) {
        requireRole(user, lang, review);
        long me = user.id();
        Instant until = Instant.now().plus(lease);
        List<HeldRow> held = queue.held(me, lang, review);
        List<Long> current = held.stream().filter(r -> !r.ahead()).map(HeldRow::id).toList();
        List<Long> claimedAhead = held.stream().filter(HeldRow::ahead).map(HeldRow::id).toList();
        if (current.isEmpty() && !claimedAhead.isEmpty()) {
            // the current run is done (or lapsed): the run claimed ahead is now the current one
            queue.markCurrent(claimedAhead);
            current = claimedAhead;
            claimedAhead = List.of();
        }
        boolean markAhead = ahead && !current.isEmpty();
        List<Long> ids = markAhead ? claimedAhead : current;
        String role = review ? "review" : "translate";
        if (ids.isEmpty()) {
            ClaimedRun run = queue.claimRun(me, lang, review, articleId, limit, allowSelfReview, markAhead, until);
            ids = run.ids();
            if (!ids.isEmpty()) {
                meters.claimed(lang, role, ids.size(), run.lapsedLeases());
            }
        } else {
            queue.lease(ids, me, until, markAhead); // a renewal
        }
        if (ids.isEmpty()) {
            return new Claim(lang, role, null, null, null, List.of(), markAhead);
        }
        List<ClaimedRow> rows = queue.details(ids);
        List<ClaimedSegment> segments = rows.stream().map(this::segment).toList();
        ClaimedRow first = rows.get(0);
        return new Claim(lang, role, first.articleId(), first.articleTitle(), until, segments, markAhead);
    }

    /** One statement, committed by itself: no transaction around it ({@link QueueRepository#release}). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Released release(CurrentUser user, String lang) {
        return new Released(queue.release(user.id(), lang));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Waiting waiting(CurrentUser user, String lang) {
        user.requireLanguage(lang);
        WaitingWork work = queue.waiting(lang);
        int words = Status.TRANSLATION_WORK.stream().mapToInt(work.words()::get).sum();
        return new Waiting(lang, work.segments().get(Status.REJECTED), work.segments().get(Status.STALE),
                work.segments().get(Status.DRAFT), work.segments().get(Status.NEW), words,
                work.segments().get(Status.TRANSLATED), work.words().get(Status.TRANSLATED),
                queue.claimedBy(user.id(), lang));
    }

    /** Asks the workflow policy whether the user may claim this kind of work in the language. */
    private void requireRole(CurrentUser user, String lang, boolean review) {
        Decision decision = policy.claim(Actors.of(user), lang, review);
        if (decision.allowed()) {
            return;
        }
        throw decision.refusal() == Refusal.NOT_IN_LANGUAGE ? Problems.notInLanguage(lang)
                : Problems.of(decision.refusal().code(), decision.reason());
    }

    private ClaimedSegment segment(ClaimedRow r) {
        return new ClaimedSegment(r.segmentId(), r.position(), notation(r.sourceCoded(), r.sourceCodes()), r.plainText(),
                r.wordCount(), r.status(), r.target(), r.version(), r.lastComment(), neighbour(r.previous()),
                neighbour(r.next()), suggestions(r.suggestions()));
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

    private static Neighbour neighbour(NeighbourRow n) {
        return n.segmentId() == null ? null
                : new Neighbour(n.segmentId(), notation(n.sourceCoded(), n.sourceCodes()), n.target(), n.status());
    }

    private static String notation(String coded, String codes) {
        return InlineNotation.render(new SegmentContent(coded, codes));
    }
}
