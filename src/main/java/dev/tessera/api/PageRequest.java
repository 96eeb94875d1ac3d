package dev.tessera.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters every list endpoint accepts (page 0 first).
 * The page number is capped so that the offset, {@code page × size}, always fits the
 * {@code int} that JPA's {@code setFirstResult} takes: a page past the cap is refused with 400
 * naming {@code page} instead of overflowing into a negative offset (a 500).
 */
public class PageRequest {

    public static final int MAX_SIZE = 500;
    /** The highest page number accepted: about 4.3 million, far beyond any list Tessera holds. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    /** Rows to skip; computed in {@code long}, and below {@link Integer#MAX_VALUE} once validated. */
    public long offset() {
        return (long) page * size;
    }
}
