package dev.tessera.memory;

import dev.tessera.api.Page;
import dev.tessera.common.Rows;
import dev.tessera.memory.MemoryViews.ConcordanceHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Concordance search: the entries whose text in a language contains a phrase, wherever it
 * stands in the sentence, case ignored, newest first. How a term was translated before is
 * what a translator asks it. The trigram indexes on both texts serve it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Concordance {

    private final EntityManager em;

    public Concordance(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of the entries in which the source (when its language is {@code lang}) or the
     * target (likewise) contains {@code phrase}. {@code visibleLanguages} limits the result to
     * entries of which at least one language is among them; null means no limit.
     */
    public Page<ConcordanceHit> search(String phrase, String lang, Collection<String> visibleLanguages, int page,
                                       int size) {
        String pattern = "%" + phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = """
                 FROM memory_entry m
                 WHERE ((m.source_lang = :lang AND m.source_plain ILIKE :pattern)
                     OR (m.target_lang = :lang AND m.target_plain ILIKE :pattern))
                """ + (visibleLanguages == null ? ""
                : " AND (m.source_lang = ANY(cast(:visible AS text[])) OR m.target_lang = ANY(cast(:visible AS text[])))");
        var count = em.createNativeQuery("SELECT count(*)" + where);
        var rows = em.createNativeQuery("""
                SELECT m.id, m.source_lang, m.target_lang, m.source, m.target, m.origin, m.article_id, m.segment_id,
                       m.revision_id, m.user_id, (SELECT u.username FROM app_user u WHERE u.id = m.user_id) AS username,
                       m.created_at
                """ + where + " ORDER BY m.updated_at DESC, m.id DESC OFFSET :offset LIMIT :size", Tuple.class);
        for (var query : List.of(count, rows)) {
            query.setParameter("lang", lang).setParameter("pattern", pattern);
            if (visibleLanguages != null) {
                query.setParameter("visible", visibleLanguages.toArray(String[]::new));
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<ConcordanceHit> hits = Rows.of(rows.setParameter("offset", page * size).setParameter("size", size))
                .stream().map(r -> new ConcordanceHit(Rows.id(r, "id"), Rows.text(r, "source_lang"),
                        Rows.text(r, "target_lang"), Rows.text(r, "source"), Rows.text(r, "target"),
                        MemorySuggestions.origin(r), Rows.instant(r, "created_at"))).toList();
        return new Page<>(hits, page, size, total);
    }
}
