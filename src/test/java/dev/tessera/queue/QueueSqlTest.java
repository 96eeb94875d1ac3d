package dev.tessera.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The queue's SQL is built from {@code Status}; PostgreSQL uses the translators' queue index
 * only when the claim orders by the index's own expression, so the built text must stay the
 * one the V3 migration spells (with the table alias of the claim).
 */
class QueueSqlTest {

    @Test
    void theRankIsTheIndexExpression() {
        assertThat(QueueRepository.WORK_RANK).isEqualTo("(CASE t.status WHEN 'REJECTED' THEN 0 WHEN 'STALE' THEN 1 ELSE 2 END)");
    }

    @Test
    void theStatusListsAreTheIndexPredicates() {
        assertThat(QueueRepository.WORK).isEqualTo("'NEW', 'DRAFT', 'REJECTED', 'STALE'");
        assertThat(QueueRepository.REVIEW).isEqualTo("'TRANSLATED'");
    }
}
