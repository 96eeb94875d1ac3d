package dev.tessera.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Row counts of tables (by default the article tables), to prove that a refused request left nothing behind. */
public final class RowCounts {

    private static final String[] TABLES = {"article", "revision", "segment", "translation", "progress"};

    private RowCounts() {
    }

    public static Map<String, Long> of(DataSource dataSource) {
        return of(dataSource, List.of(TABLES));
    }

    /** Row counts of the given tables, in their order. */
    public static Map<String, Long> of(DataSource dataSource, List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
