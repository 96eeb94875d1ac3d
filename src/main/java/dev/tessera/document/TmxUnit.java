package dev.tessera.document;

import java.util.Map;

/**
 * One translation unit read from a TMX file: its source and its targets in the API's inline
 * notation, the targets keyed by the {@code xml:lang} written in the file, and its position
 * among the file's {@code tu} elements (1 for the first, units without a source counted too).
 */
public record TmxUnit(int line, String source, Map<String, String> targets) {
}

