package dev.tessera.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Titles in a language's alphabetical order (Turkish "ılık" before "Işık" before "iğne" before
 * "İzmir"; Russian "Ё" with "Е"): PostgreSQL's ICU collation of the language
 * ({@code "tr-x-icu"}, read once from {@code pg_collation}), or, on a server built without ICU,
 * {@link Collator} in Java over the matching titles.
 */
@ApplicationScoped
public class TitleCollation {

    private static final Pattern ICU_NAME = Pattern.compile("[a-z]{2,3}-x-icu");

    private final EntityManager em;
    private volatile Set<String> icu;

    public TitleCollation(EntityManager em) {
        this.em = em;
    }

    /** The ICU collation of the language, as a quoted SQL identifier; null when the server has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String sqlName(Locale language) {
        String name = language.getLanguage() + "-x-icu";
        return ICU_NAME.matcher(name).matches() && available().contains(name) ? '"' + name + '"' : null;
    }

    private Set<String> available() {
        Set<String> known = icu;
        if (known == null) {
            @SuppressWarnings("unchecked")
            List<String> names = em.createNativeQuery(
                    "SELECT collname FROM pg_collation WHERE collname LIKE '%-x-icu'", String.class).getResultList();
            known = Set.copyOf(names);
            icu = known;
        }
        return known;
    }

    /** An article's id and title, to be put in order in Java. */
    public record Titled(long id, String title) {
    }

    /** The titles in the language's order ({@link Collator}), ties broken by id; reversed when descending. */
    public static List<Long> order(List<Titled> titles, Locale language, boolean descending) {
        Collator collator = Collator.getInstance(language);
        Comparator<Titled> order = Comparator.comparing(Titled::title, collator).thenComparingLong(Titled::id);
        List<Titled> sorted = new ArrayList<>(titles);
        sorted.sort(descending ? order.reversed() : order);
        return sorted.stream().map(Titled::id).toList();
    }
}
