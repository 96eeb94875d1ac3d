package dev.tessera.publish;

import dev.tessera.support.Fixtures;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Approving translations for tests. The approve endpoint lives on another branch, so the
 * rows are written with SQL: the target is a function of the source notation read through
 * the API (so it carries exactly the source's inline codes), the status {@code APPROVED}.
 */
final class Approvals {

    /** A segment as the API shows it. */
    record Segment(long id, int position, String source) {
    }

    private Approvals() {
    }

    static List<Segment> segments(long articleId) {
        JsonPath page = Fixtures.asAdmin().get("/api/articles/" + articleId + "/segments?size=500")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        if (page.getInt("total") > items.size()) {
            throw new IllegalStateException("Test articles are expected to have at most 500 segments");
        }
        return items.stream().map(i -> new Segment(((Number) i.get("id")).longValue(),
                ((Number) i.get("position")).intValue(), (String) i.get("source"))).toList();
    }

    /** Approves the segments at the positions chosen, with {@code target(source notation)} as target; returns how many. */
    static int approve(DataSource dataSource, long articleId, String lang, IntPredicate positions,
                       UnaryOperator<String> target) {
        int count = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE translation SET target = ?, status = 'APPROVED', updated_at = clock_timestamp()
                WHERE segment_id = ? AND lang = ?""")) {
            for (Segment segment : segments(articleId)) {
                if (positions.test(segment.position())) {
                    s.setString(1, target.apply(segment.source()));
                    s.setLong(2, segment.id());
                    s.setString(3, lang);
                    count += s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return count;
    }

    static int approveAll(DataSource dataSource, long articleId, String lang, UnaryOperator<String> target) {
        return approve(dataSource, articleId, lang, p -> true, target);
    }
}
