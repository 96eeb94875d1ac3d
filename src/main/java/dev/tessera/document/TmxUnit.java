package dev.tessera.document;

import java.time.Instant;
import java.util.Map;

/**
 * One translation unit read from a TMX file: its source and its targets in the API's inline
 * notation, the targets keyed by the {@code xml:lang} written in the file, its position among the
 * file's {@code tu} elements (1 for the first, units without a source counted too), and when each
 * target was created: the target {@code <tuv>}'s {@code creationdate}, else the {@code <tu>}'s; a
 * target with neither has no entry in {@code created}.
 */
public record TmxUnit(int line, String source, Map<String, String> targets, Map<String, Instant> created) {
}
