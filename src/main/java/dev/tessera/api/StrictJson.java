package dev.tessera.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * How Tessera reads JSON request bodies, configured once for the application's ObjectMapper:
 * <ul>
 *   <li>nesting deeper than {@link #MAX_DEPTH} levels is refused (no request of the API is
 *       more than four deep; Jackson's own default, 1,000, lets a small body cost a deep
 *       recursion);</li>
 *   <li>a key given twice in one object is refused, instead of the last one silently
 *       winning;</li>
 *   <li>a string holding a NUL character is refused ({@link NulCharacters});</li>
 *   <li>a date or time outside the years 1 to 9999 is refused: PostgreSQL and every client
 *       show four-digit years, and year 999999999 would fail the write as a 500.</li>
 * </ul>
 * The refusals become 400 problems ({@link JsonProblems}) naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_DEPTH = 100;
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final Set<Class<?>> DATES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule module = new SimpleModule("tessera-strict-json");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == String.class || DATES.contains(type) ? new Checked(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Reads a value with the usual deserializer, then applies the rules above to it. */
    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return check(super.deserialize(p, context), p);
        }

        private static Object check(Object value, JsonParser p) throws JsonFieldException {
            if (value instanceof String text && NulCharacters.contains(text)) {
                throw new JsonFieldException(p, ErrorCode.NUL_CHARACTER, "must not contain a NUL character (U+0000)");
            }
            int year = yearOf(value);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new JsonFieldException(p, ErrorCode.VALIDATION_FAILED,
                        "must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return value;
        }

        private static int yearOf(Object value) {
            if (value instanceof Instant instant) {
                // Instant reaches past LocalDateTime's range; compare before converting.
                return instant.isBefore(FIRST_INSTANT) ? MIN_YEAR - 1
                        : instant.isAfter(LAST_INSTANT) ? MAX_YEAR + 1 : instant.atOffset(ZoneOffset.UTC).getYear();
            }
            if (value instanceof LocalDate date) {
                return date.getYear();
            }
            if (value instanceof LocalDateTime dateTime) {
                return dateTime.getYear();
            }
            if (value instanceof OffsetDateTime dateTime) {
                return dateTime.getYear();
            }
            if (value instanceof ZonedDateTime dateTime) {
                return dateTime.getYear();
            }
            return MIN_YEAR;
        }
    }
}
