package dev.tessera.document;

import java.util.Map;

/**
 * One translation unit read from a TMX file: its source and its targets in the API's inline
 * notation, the targets keyed by the {@code xml:lang} written in the file, and the line where
 * the unit starts.
 */
public record TmxUnit(int line, String source, Map<String, String> targets) {
}

