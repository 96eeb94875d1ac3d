package dev.tessera.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.tessera.common.WordDiff;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, for a source update, which segment of the previous revision each new segment
 * continues. A plain class, tested without a database; the rules, in the order they are applied
 * (each segment takes part in at most one match):
 *
 * <ol>
 *   <li><b>Kept</b>: the longest common subsequence of the two revisions' source-hash sequences
 *       (Myers' diff): a sentence with the same text and codes that is still in the same order
 *       relative to the other kept sentences. An inserted or deleted paragraph shifts positions
 *       but breaks no pair. Translation and status stay.</li>
 *   <li><b>Moved</b>: a new sentence left over whose hash equals a left-over old one (sentences
 *       reordered, a paragraph moved). Among several old candidates the one whose relative place
 *       in the document ({@code index / size}) is nearest wins; a tie goes to the earlier one.
 *       Translation and status stay; history notes the move.</li>
 *   <li><b>Stale</b>: the remaining pairs whose word similarity ({@link WordDiff#similarity}) is
 *       at least the threshold, best first; ties go to the pair nearer in relative place, then
 *       to the earlier new sentence, then to the earlier old one. The old target is kept as
 *       {@code STALE} with a diff of the two sources. Pairs whose word counts alone rule the
 *       threshold out (the shorter under {@code threshold}% of the longer) are not scored.</li>
 *   <li>Every new sentence left is <b>new</b>; every old one left is <b>removed</b>.</li>
 * </ol>
 */
public final class SegmentMatching {

    /** A segment as matching sees it: its source hash and plain text. */
    public record Sentence(String hash, String plainText) {
    }

    public enum Kind { KEPT, MOVED, STALE }

    /** Old segment {@code oldIndex} continues as new segment {@code newIndex}; score 100 unless stale. */
    public record Match(int oldIndex, int newIndex, Kind kind, int score) {
    }

    /** All matches in new-segment order, and the new and old segments left unmatched. */
    public record Result(List<Match> matches, List<Integer> added, List<Integer> removed) {
        public long count(Kind kind) {
            return matches.stream().filter(m -> m.kind() == kind).count();
        }
    }

    private final int threshold;

    /** @param threshold the least similarity (0–100) at which a changed sentence keeps its old target */
    public SegmentMatching(int threshold) {
        if (threshold < 1 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be 1–100, not " + threshold);
        }
        this.threshold = threshold;
    }

    public Result match(List<Sentence> before, List<Sentence> after) {
        Match[] byNew = new Match[after.size()];
        boolean[] oldTaken = new boolean[before.size()];
        kept(before, after, byNew, oldTaken);
        moved(before, after, byNew, oldTaken);
        stale(before, after, byNew, oldTaken);
        List<Match> matches = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < byNew.length; i++) {
            if (byNew[i] == null) {
                added.add(i);
            } else {
                matches.add(byNew[i]);
            }
        }
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < oldTaken.length; i++) {
            if (!oldTaken[i]) {
                removed.add(i);
            }
        }
        return new Result(matches, added, removed);
    }

    private static void kept(List<Sentence> before, List<Sentence> after, Match[] byNew, boolean[] oldTaken) {
        List<String> a = before.stream().map(Sentence::hash).toList();
        List<String> b = after.stream().map(Sentence::hash).toList();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; oldAt < delta.getSource().getPosition(); oldAt++, newAt++) {
                pair(byNew, oldTaken, oldAt, newAt, Kind.KEPT, 100);
            }
            oldAt += delta.getSource().size();
            newAt += delta.getTarget().size();
        }
        for (; oldAt < a.size(); oldAt++, newAt++) {
            pair(byNew, oldTaken, oldAt, newAt, Kind.KEPT, 100);
        }
    }

    private static void moved(List<Sentence> before, List<Sentence> after, Match[] byNew, boolean[] oldTaken) {
        Map<String, Deque<Integer>> free = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            if (!oldTaken[i]) {
                free.computeIfAbsent(before.get(i).hash(), k -> new ArrayDeque<>()).add(i);
            }
        }
        for (int n = 0; n < after.size(); n++) {
            Deque<Integer> candidates = byNew[n] == null ? free.get(after.get(n).hash()) : null;
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            Integer best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int o : candidates) {
                double distance = distance(o, before.size(), n, after.size());
                if (distance < bestDistance) {
                    best = o;
                    bestDistance = distance;
                }
            }
            candidates.remove(best);
            pair(byNew, oldTaken, best, n, Kind.MOVED, 100);
        }
    }

    private void stale(List<Sentence> before, List<Sentence> after, Match[] byNew, boolean[] oldTaken) {
        record Candidate(int oldIndex, int newIndex, int score, double distance) {
        }
        Map<Integer, List<String>> oldWords = new HashMap<>();
        for (int o = 0; o < before.size(); o++) {
            if (!oldTaken[o]) {
                oldWords.put(o, WordDiff.words(before.get(o).plainText()));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int n = 0; n < after.size(); n++) {
            if (byNew[n] != null) {
                continue;
            }
            List<String> words = WordDiff.words(after.get(n).plainText());
            for (Map.Entry<Integer, List<String>> old : oldWords.entrySet()) {
                int shorter = Math.min(words.size(), old.getValue().size());
                int longer = Math.max(words.size(), old.getValue().size());
                if (longer == 0 || shorter * 100 < threshold * longer || shared(words, old.getValue()) * 100 < threshold * longer) {
                    continue;
                }
                int score = WordDiff.similarity(before.get(old.getKey()).plainText(), after.get(n).plainText());
                if (score >= threshold) {
                    candidates.add(new Candidate(old.getKey(), n, score,
                            distance(old.getKey(), before.size(), n, after.size())));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingDouble(Candidate::distance)
                .thenComparingInt(Candidate::newIndex)
                .thenComparingInt(Candidate::oldIndex));
        for (Candidate c : candidates) {
            if (byNew[c.newIndex()] == null && !oldTaken[c.oldIndex()]) {
                pair(byNew, oldTaken, c.oldIndex(), c.newIndex(), Kind.STALE, c.score());
            }
        }
    }

    /** Words the two lists share, counted with repeats: an upper bound of what the diff keeps. */
    private static int shared(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : a) {
            counts.merge(w, 1, Integer::sum);
        }
        int shared = 0;
        for (String w : b) {
            Integer left = counts.get(w);
            if (left != null && left > 0) {
                counts.put(w, left - 1);
                shared++;
            }
        }
        return shared;
    }

    /** How far apart two segments are in relative place: 0 (same) to 1 (opposite ends). */
    private static double distance(int oldIndex, int oldSize, int newIndex, int newSize) {
        return Math.abs((double) oldIndex / Math.max(1, oldSize) - (double) newIndex / Math.max(1, newSize));
    }

    private static void pair(Match[] byNew, boolean[] oldTaken, int oldIndex, int newIndex, Kind kind, int score) {
        byNew[newIndex] = new Match(oldIndex, newIndex, kind, score);
        oldTaken[oldIndex] = true;
    }
}
