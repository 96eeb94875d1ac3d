package dev.tessera.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Varied, realistic sentences for the memory benchmark: the sentences of the segmentation gold
 * sets (Turkish and Russian news, ud and Zemberek sources) recombined, the head of one sentence
 * (cut at 40–60 % of its words) joined to the tail of another, each result at least
 * {@value #MIN_WORDS} words long and never repeated. The same seed gives the same sentences.
 */
final class RecombinedSentences {

    static final int MIN_WORDS = 8;

    private final List<String[]> sentences = new ArrayList<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final Random random;
    private final Set<Long> seen = new HashSet<>();

    RecombinedSentences(Path goldSet, long seed) {
        this.random = new Random(seed);
        try {
            List<String> lines = Files.readAllLines(goldSet, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.split("\t");
                if (columns.length < 3) {
                    continue;
                }
                for (String sentence : columns[2].split(" \\|\\|\\| ")) {
                    String[] words = sentence.replace("\\n", " ").replace("\\t", " ").strip().split("\\s+");
                    if (words.length >= 6) {
                        sentences.add(words);
                        for (String word : words) {
                            if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
                                vocabulary.add(word);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sentence not given before. */
    String next() {
        while (true) {
            String[] a = sentences.get(random.nextInt(sentences.size()));
            String[] b = sentences.get(random.nextInt(sentences.size()));
            int headEnd = cut(a.length);
            int tailStart = cut(b.length);
            if (headEnd + b.length - tailStart < MIN_WORDS) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < headEnd; i++) {
                text.append(a[i]).append(' ');
            }
            for (int i = tailStart; i < b.length; i++) {
                text.append(b[i]).append(i + 1 < b.length ? " " : "");
            }
            String sentence = text.toString();
            if (seen.add(hash(sentence))) {
                return sentence;
            }
        }
    }

    /**
     * The sentence with one or two words changed, as an editor would change it: a word replaced
     * by another word of the corpus, or a word removed.
     */
    String edited(String sentence, int changes) {
        List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(words.size());
            if (random.nextInt(4) == 0 && words.size() > MIN_WORDS) {
                words.remove(at);
            } else {
                words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
            }
        }
        return String.join(" ", words);
    }

    int sentenceCount() {
        return sentences.size();
    }

    private int cut(int length) {
        return Math.max(1, (int) Math.round(length * (0.4 + 0.2 * random.nextDouble())));
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }
}
