package dev.tessera.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The queue's SQL is built from {@code Status}, the queue indexes were written by hand (V3, V12: active rows only):
 * PostgreSQL must still prove that the claim's status list implies each index's predicate and
 * see the index's own rank expression in the claim's order, or every claim would sort the
 * language's rows. With sequential scans priced out, the plan of each claim names its index.
 */
@QuarkusTest
class QueueIndexTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTranslatorsClaimOrderIsTheWorkQueueIndex() throws Exception {
        assertThat(plan("SELECT t.article_id, t.position FROM translation t WHERE t.lang = 'tr' AND t.status IN ("
                + QueueRepository.WORK + ") AND t.active ORDER BY " + QueueRepository.WORK_RANK
                + ", t.priority DESC, t.due_date, t.article_id, t.position LIMIT 1"))
                .contains("translation_work_queue_idx").doesNotContain("Sort");
    }

    @Test
    void theReviewersClaimOrderIsTheReviewQueueIndex() throws Exception {
        assertThat(plan("SELECT t.article_id, t.position FROM translation t WHERE t.lang = 'tr' AND t.status IN ("
                + QueueRepository.REVIEW + ") AND t.active ORDER BY t.priority DESC, t.due_date, t.article_id, t.position LIMIT 1"))
                .contains("translation_review_queue_idx").doesNotContain("Sort");
    }

    private String plan(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                s.execute("SET LOCAL enable_seqscan = off");
                s.execute("SET LOCAL enable_bitmapscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
