package dev.tessera.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The database spells the status vocabulary too: the {@code translation_status_known} CHECK,
 * the partial indexes of the two queues (and the translators' rank expression) and the
 * {@code progress} columns. Read from {@code pg_catalog} after the migrations ran, each must
 * agree with {@link Status}, so that a status added to the enum without a migration (or the
 * other way round) fails here and not in production.
 */
@QuarkusTest
class StatusSchemaTest {

    private static final Pattern LITERAL = Pattern.compile("'([A-Z_]+)'::text");
    private static final Pattern WHEN = Pattern.compile("WHEN '([A-Z_]+)'::text THEN (\\d+)");
    private static final Pattern ELSE = Pattern.compile("ELSE (\\d+)");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theCheckConstraintAllowsExactlyTheEnum() throws Exception {
        String check = one("""
                SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                WHERE c.conrelid = 'translation'::regclass AND c.conname = 'translation_status_known'""");
        assertThat(literals(check)).as(check).isEqualTo(EnumSet.allOf(Status.class));
    }

    @Test
    void theTranslatorQueueIndexCoversTheTranslatorsStatusesInTheirRank() throws Exception {
        String predicate = one(indexPart("indpred", "translation_work_queue_idx"));
        assertThat(literals(predicate)).as(predicate).isEqualTo(Status.TRANSLATION_WORK);

        String expression = one(indexPart("indexprs", "translation_work_queue_idx"));
        Map<Status, Integer> rank = new EnumMap<>(Status.class);
        Matcher when = WHEN.matcher(expression);
        while (when.find()) {
            rank.put(Status.valueOf(when.group(1)), Integer.parseInt(when.group(2)));
        }
        Matcher otherwise = ELSE.matcher(expression);
        assertThat(otherwise.find()).as(expression).isTrue();
        for (Status status : Status.TRANSLATION_WORK) {
            rank.putIfAbsent(status, Integer.parseInt(otherwise.group(1)));
        }
        assertThat(rank).as(expression).isEqualTo(Status.TRANSLATION_WORK_RANK);
    }

    @Test
    void theReviewerQueueIndexCoversTheReviewersStatuses() throws Exception {
        String predicate = one(indexPart("indpred", "translation_review_queue_idx"));
        assertThat(literals(predicate)).as(predicate).isEqualTo(Status.REVIEW_WORK);
    }

    @Test
    void theProgressTableHasAColumnPairPerCountedStatus() throws Exception {
        Set<String> columns = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT attname FROM pg_attribute WHERE attrelid = 'progress'::regclass AND attnum > 0
                     AND NOT attisdropped AND (attname LIKE 'segments\\_%' OR attname LIKE 'words\\_%')
                     AND attname NOT IN ('segments_total', 'words_total')""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Status status : Status.COUNTED) {
            expected.add("segments_" + status.column());
            expected.add("words_" + status.column());
        }
        assertThat(columns).isEqualTo(expected);
        assertThat(Status.COUNTED).doesNotContain(Status.REMOVED);
    }

    private static String indexPart(String part, String index) {
        return "SELECT pg_get_expr(i." + part + ", i.indrelid) FROM pg_index i WHERE i.indexrelid = '" + index
                + "'::regclass";
    }

    private String one(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            String value = rs.getString(1);
            assertThat(value).as(sql).isNotNull();
            return value;
        }
    }

    private static Set<Status> literals(String sql) {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        Matcher m = LITERAL.matcher(sql);
        while (m.find()) {
            statuses.add(Status.valueOf(m.group(1)));
        }
        return statuses;
    }
}
