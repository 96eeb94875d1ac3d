package dev.tessera.progress;

import dev.tessera.common.Rows;
import dev.tessera.status.Status;
import jakarta.persistence.Tuple;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Segment and word counts by status for one (article, language): the sum of its shard rows
 * (see {@link ProgressCounters}), read, never recounted over the translations.
 *
 * @param segments segments per counted status ({@link Status#COUNTED}, each present)
 * @param words    words per counted status
 */
public record Progress(Key key, int segmentsTotal, int wordsTotal, Map<Status, Integer> segments,
                       Map<Status, Integer> words) {

    /** Which article and language the counts are of. */
    public record Key(Long articleId, String lang) {
    }

    public int segments(Status status) {
        return segments.get(status);
    }

    public int words(Status status) {
        return words.get(status);
    }

    /** The sums of the progress columns, each named as its column, for {@link #of}. */
    static final String SUMS = sums();

    private static String sums() {
        StringBuilder sql = new StringBuilder("sum(segments_total) AS segments_total, sum(words_total) AS words_total");
        for (Status status : Status.COUNTED) {
            String c = status.column();
            sql.append(", sum(segments_").append(c).append(") AS segments_").append(c)
                    .append(", sum(words_").append(c).append(") AS words_").append(c);
        }
        return sql.toString();
    }

    /** A row that holds the {@link #SUMS} columns, read by their names. */
    static Progress of(long articleId, String lang, Tuple row) {
        Map<Status, Integer> segments = new EnumMap<>(Status.class);
        Map<Status, Integer> words = new EnumMap<>(Status.class);
        for (Status status : Status.COUNTED) {
            segments.put(status, Rows.integer(row, "segments_" + status.column()));
            words.put(status, Rows.integer(row, "words_" + status.column()));
        }
        return new Progress(new Key(articleId, lang), Rows.integer(row, "segments_total"),
                Rows.integer(row, "words_total"),
                Collections.unmodifiableMap(segments), Collections.unmodifiableMap(words));
    }
}
