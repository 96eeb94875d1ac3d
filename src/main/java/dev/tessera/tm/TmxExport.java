package dev.tessera.tm;

import dev.tessera.common.Rows;
import dev.tessera.document.TmxWriting;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exporting the memory of one language pair as TMX 1.4b, streamed: entries are read in pages
 * by id, each page in a short transaction of its own, and written as they come, so that a
 * memory of millions of entries needs neither one long transaction nor the whole file in
 * memory. Each unit carries the entry's creation time as its {@code creationdate} (so that an
 * import of the file keeps it) and its origin as {@code prop} elements.
 */
@ApplicationScoped
public class TmxExport {

    private static final int PAGE = 2000;

    /** An entry as a unit of the file: its texts and the origin written as properties. */
    private record Entry(long id, String source, String target, String origin, Long articleId, Instant createdAt) {

        static Entry of(Tuple r) {
            return new Entry(Rows.id(r, "id"), Rows.text(r, "source"), Rows.text(r, "target"), Rows.text(r, "origin"),
                    Rows.id(r, "article_id"), Rows.instant(r, "created_at"));
        }
    }

    private final EntityManager em;

    public TmxExport(EntityManager em) {
        this.em = em;
    }

    /** Writes every entry of the pair to {@code out}; returns how many. */
    public int write(OutputStream out, String sourceLang, String targetLang, String version) {
        int written = 0;
        try (TmxWriting tmx = TmxWriting.start(out, sourceLang, targetLang, "Tessera", version)) {
            long after = 0;
            while (true) {
                long from = after;
                List<Entry> rows = QuarkusTransaction.requiringNew().call(() -> page(sourceLang, targetLang, from));
                for (Entry row : rows) {
                    Map<String, String> properties = new LinkedHashMap<>();
                    properties.put("x-tessera-origin", row.origin());
                    if (row.articleId() != null) {
                        properties.put("x-tessera-article", row.articleId().toString());
                    }
                    tmx.add("tessera-" + row.id(), row.createdAt(), row.source(), row.target(), properties);
                    written++;
                }
                if (rows.size() < PAGE) {
                    return written;
                }
                after = rows.get(rows.size() - 1).id();
            }
        }
    }

    private List<Entry> page(String sourceLang, String targetLang, long after) {
        return Rows.of(em.createNativeQuery("""
                        SELECT id, source, target, origin, article_id, created_at FROM memory_entry
                        WHERE source_lang = ?1 AND target_lang = ?2 AND id > ?3 ORDER BY id LIMIT ?4""", Tuple.class)
                .setParameter(1, sourceLang).setParameter(2, targetLang).setParameter(3, after).setParameter(4, PAGE))
                .stream().map(Entry::of).toList();
    }
}
