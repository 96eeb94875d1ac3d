package dev.tessera.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A newsroom article page of a chosen size, generated from a fixed seed: headings, paragraphs
 * of several English sentences with abbreviations, numbers, links and bold or italic words
 * inside sentences, and lists. The same seed and size give the same text; {@link #page}
 * takes a variant number that changes only a comment, so each import sees different bytes.
 */
public final class GeneratedArticle {

    private static final String[] SUBJECTS = {"The grid operator", "Dr. Helen Marsh", "Northbridge Energy Research Inc.",
            "The European Commission", "Regulators in the U.K.", "Analysts at Hartwell & Pierce Inc.",
            "Prof. Anna Berg", "The U.S. Treasury", "Most developers", "A spokesperson for the ministry"};
    private static final String[] VERBS = {"estimates", "reported", "expects", "warned", "said", "has argued",
            "will publish", "confirmed"};
    private static final String[] OBJECTS = {"that connection queues grew by %d%% last year",
            "a shortfall of %d gigawatts by 2030", "that about %d,500 projects are waiting",
            "investments of €%d billion in new lines", "that wait times average %d.5 years",
            "a %d%% rise in transformer prices", "cuts of %d basis points before Jan. 31"};
    private static final String[] TAILS = {"", ", i.e. more than expected", ", e.g. in Spain and the Netherlands",
            " according to figures released on Sept. 12", ", a level not seen since the 1990s",
            " in its quarterly review", ", although the data remain incomplete"};
    private static final String[] HEADINGS = {"Why the queue keeps growing", "Who pays for the wires",
            "What regulators are trying", "The view from industry", "What to watch next"};

    private GeneratedArticle() {
    }

    /** An HTML page of at least {@code bytes} bytes (UTF-8), text fixed by {@code seed}. */
    public static byte[] page(int bytes, long seed, String variant) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder(bytes + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<!-- variant ").append(variant).append(" -->\n")
                .append("<title>Grid queues, not panels, now set the pace of the energy transition</title>\n")
                .append("</head>\n<body>\n<article>\n<h1>Grid queues, not panels, now set the pace</h1>\n");
        int section = 0;
        while (html.length() < bytes) {
            html.append("<h2>").append(HEADINGS[section++ % HEADINGS.length]).append("</h2>\n");
            int paragraphs = 3 + random.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                html.append("<p>");
                int sentences = 3 + random.nextInt(4);
                for (int s = 0; s < sentences; s++) {
                    html.append(sentence(random)).append(s + 1 < sentences ? " " : "");
                }
                html.append("</p>\n");
            }
            if (random.nextInt(3) == 0) {
                html.append("<ul>\n");
                for (int i = 0; i < 4; i++) {
                    html.append("<li>").append(sentence(random)).append("</li>\n");
                }
                html.append("</ul>\n");
            }
        }
        html.append("</article>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sentence(Random random) {
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String verb = VERBS[random.nextInt(VERBS.length)];
        String object = String.format(OBJECTS[random.nextInt(OBJECTS.length)], 2 + random.nextInt(60));
        String tail = TAILS[random.nextInt(TAILS.length)];
        switch (random.nextInt(5)) {
            case 0 -> object = "<b>" + object + "</b>";
            case 1 -> verb = "<em>" + verb + "</em>";
            case 2 -> subject = "<a href=\"https://example.org/analysis/" + random.nextInt(1000) + "\">" + subject + "</a>";
            default -> {
            }
        }
        return subject + " " + verb + " " + object + tail + ".";
    }
}
