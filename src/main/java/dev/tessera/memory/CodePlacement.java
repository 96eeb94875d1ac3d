package dev.tessera.memory;

import dev.tessera.memory.Notation.Kind;
import dev.tessera.memory.Notation.Tag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the inline codes of the segment asked about into a memory entry's target. Matching
 * ignores codes, so an entry may carry other codes (other ids, or more or fewer) than the new
 * source: the k-th code of each shape in the entry's source stands for the k-th code of that
 * shape in the new source, and the entry's target is rewritten with the new ids.
 *
 * <p>When the codes cannot all be placed this way: a code of the entry that the new source
 * lacks is dropped from the target (a pair with both its tags), and a code of the new source
 * that the entry lacks is appended at the end of the target ({@code <4></4>} for a pair), so
 * that the suggestion still carries exactly the new source's codes and the translator only
 * moves them. Such a suggestion says {@code codesComplete: false}.
 */
final class CodePlacement {

    /** The target with the new source's codes, and whether every code found its place. */
    record Placed(String target, boolean complete) {
    }

    private CodePlacement() {
    }

    static Placed place(String entrySource, String entryTarget, String query) {
        List<Tag> from = Notation.tags(entrySource);
        List<Tag> to = Notation.tags(query);
        Map<Kind, Map<Integer, Integer>> ids = mapping(from, to);
        StringBuilder out = new StringBuilder(entryTarget.length() + 16);
        Set<String> written = new LinkedHashSet<>();
        boolean complete = true;
        int at = 0;
        for (Tag tag : Notation.tags(entryTarget)) {
            out.append(entryTarget, at, tag.start());
            at = tag.end();
            Integer id = ids.get(group(tag.kind())).get(tag.id());
            if (id == null) {
                complete = false; // the new source has no such code: left out
                continue;
            }
            String text = Notation.write(tag.kind(), id);
            out.append(text);
            written.add(text);
        }
        out.append(entryTarget.substring(at));
        for (Tag tag : to) {
            if (written.contains(tag.text()) || tag.kind() == Kind.CLOSING) {
                continue;
            }
            complete = false; // the entry has no such code: appended for the translator to move
            out.append(tag.text());
            if (tag.kind() == Kind.OPENING) {
                out.append(Notation.write(Kind.CLOSING, tag.id()));
            }
        }
        return new Placed(out.toString(), complete);
    }

    /** Old id to new id per shape; a pair's closing tag is looked up with its opening tag's shape. */
    private static Map<Kind, Map<Integer, Integer>> mapping(List<Tag> from, List<Tag> to) {
        Map<Kind, Map<Integer, Integer>> ids = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            ids.put(kind, new HashMap<>());
        }
        for (Kind kind : List.of(Kind.OPENING, Kind.PLACEHOLDER, Kind.ISOLATED_OPENING, Kind.ISOLATED_CLOSING)) {
            List<Integer> a = idsOf(from, kind);
            List<Integer> b = idsOf(to, kind);
            for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
                ids.get(kind).putIfAbsent(a.get(k), b.get(k));
            }
        }
        return ids;
    }

    private static Kind group(Kind kind) {
        return kind == Kind.CLOSING ? Kind.OPENING : kind;
    }

    private static List<Integer> idsOf(List<Tag> tags, Kind kind) {
        List<Integer> ids = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.kind() == kind) {
                ids.add(tag.id());
            }
        }
        return ids;
    }
}
