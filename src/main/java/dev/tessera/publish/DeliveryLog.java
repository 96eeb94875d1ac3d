package dev.tessera.publish;

import dev.tessera.api.Page;
import dev.tessera.api.PageRequest;
import dev.tessera.publish.WebhookViews.AttemptView;
import dev.tessera.publish.WebhookViews.DeliveryView;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading an endpoint's deliveries, newest first, each with its attempts: what an admin checks when a receiver complains. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryLog {

    private final AgroalDataSource dataSource;

    public DeliveryLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<DeliveryView> page(long endpointId, PageRequest page) {
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ?")) {
                s.setLong(1, endpointId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            Map<Long, Object[]> rows = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, webhook_id, event_id, event_type, status, attempts, next_attempt_at, last_status_code,
                           last_error, created_at, completed_at
                    FROM webhook_delivery WHERE endpoint_id = ? ORDER BY id DESC LIMIT ? OFFSET ?""")) {
                s.setLong(1, endpointId);
                s.setInt(2, page.size);
                s.setLong(3, page.offset());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), instant(rs.getTimestamp(7)), (Integer) rs.getObject(8),
                                rs.getString(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11))});
                    }
                }
            }
            Map<Long, List<AttemptView>> attempts = attempts(c, rows.keySet());
            List<DeliveryView> items = new ArrayList<>();
            rows.forEach((id, r) -> items.add(new DeliveryView(id, (String) r[0], (Long) r[1], (String) r[2],
                    (String) r[3], (Integer) r[4], "PENDING".equals(r[3]) ? (Instant) r[5] : null, (Integer) r[6],
                    (String) r[7], (Instant) r[8], (Instant) r[9], attempts.getOrDefault(id, List.of()))));
            return new Page<>(items, page.page, page.size, total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Long, List<AttemptView>> attempts(Connection c, java.util.Set<Long> deliveryIds) throws SQLException {
        Map<Long, List<AttemptView>> attempts = new LinkedHashMap<>();
        if (deliveryIds.isEmpty()) {
            return attempts;
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt
                FROM webhook_attempt WHERE delivery_id = ANY (?) ORDER BY delivery_id, id""")) {
            s.setArray(1, c.createArrayOf("bigint", deliveryIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    attempts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AttemptView(rs.getInt(2),
                            instant(rs.getTimestamp(3)), rs.getInt(4), (Integer) rs.getObject(5), rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        return attempts;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
