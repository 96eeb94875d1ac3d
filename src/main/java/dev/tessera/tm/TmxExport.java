package dev.tessera.tm;

import dev.tessera.document.TmxWriting;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exporting the memory of one language pair as TMX 1.4b, streamed: entries are read in pages
 * by id, each page in a short transaction of its own, and written as they come, so that a
 * memory of millions of entries needs neither one long transaction nor the whole file in
 * memory. Each unit carries the entry's origin as {@code prop} elements.
 */
@ApplicationScoped
public class TmxExport {

    private static final int PAGE = 2000;

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
                List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> page(sourceLang, targetLang, from));
                for (Object[] row : rows) {
                    Map<String, String> properties = new LinkedHashMap<>();
                    properties.put("x-tessera-origin", (String) row[3]);
                    if (row[4] != null) {
                        properties.put("x-tessera-article", row[4].toString());
                    }
                    tmx.add("tessera-" + row[0], (String) row[1], (String) row[2], properties);
                    written++;
                }
                if (rows.size() < PAGE) {
                    return written;
                }
                after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> page(String sourceLang, String targetLang, long after) {
        return em.createNativeQuery("""
                        SELECT id, source, target, origin, article_id FROM memory_entry
                        WHERE source_lang = ?1 AND target_lang = ?2 AND id > ?3 ORDER BY id LIMIT ?4""")
                .setParameter(1, sourceLang).setParameter(2, targetLang).setParameter(3, after).setParameter(4, PAGE)
                .getResultList();
    }
}
