package dev.tessera.common;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Rows of native queries read by column name, never by index: a query made with
 * {@code em.createNativeQuery(sql, Tuple.class)} gives {@link Tuple}s whose values are asked for
 * by their SQL alias, so a column added in the middle of a {@code SELECT} shifts nothing. The
 * services turn each tuple into a record at once.
 */
public final class Rows {

    private Rows() {
    }

    /** The rows of a query made with {@code Tuple.class}. */
    @SuppressWarnings("unchecked")
    public static List<Tuple> of(Query query) {
        return (List<Tuple>) query.getResultList();
    }

    /** The one row of a query made with {@code Tuple.class}. */
    public static Tuple one(Query query) {
        return (Tuple) query.getSingleResult();
    }

    /** A whole number column (any SQL integer type or numeric); 0 when null. */
    public static int integer(Tuple row, String alias) {
        Number n = row.get(alias, Number.class);
        return n == null ? 0 : n.intValue();
    }

    /** A whole number column as a long; null when null. */
    public static Long id(Tuple row, String alias) {
        Number n = row.get(alias, Number.class);
        return n == null ? null : n.longValue();
    }

    public static String text(Tuple row, String alias) {
        return row.get(alias, String.class);
    }

    /** A timestamp column as an instant, whichever Java type the driver gave; null when null. */
    public static Instant instant(Tuple row, String alias) {
        Object value = row.get(alias);
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime odt ? odt.toInstant() : null;
    }
}
