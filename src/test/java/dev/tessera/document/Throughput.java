package dev.tessera.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Prints extraction rates for a generated HTML article page (not a test): Tessera's
 * extract-and-segment, merge, and Okapi's bare extract-and-segment on the same bytes.
 * Run with {@code -Xmx512m} to check that a large page fits.
 *
 * <p>Usage: {@code Throughput [megabytes] [rounds]}.
 */
public final class Throughput {

    public static void main(String[] args) {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        byte[] html = generate((long) (megabytes * 1024 * 1024));
        System.out.printf(Locale.ROOT, "document: %.1f MB of HTML%n", html.length / 1048576.0);
        DocumentReader reader = new DocumentReader();
        DocumentWriter writer = new DocumentWriter();
        BareOkapiBaseline.extractAndSegment(html, DocumentFormat.HTML, "en"); // warm-up and segmenter compilation
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int[] count = {0};
            reader.extract(html, DocumentFormat.HTML, "en", segment -> count[0]++);
            report("tessera extract+segment", round, count[0], start, html.length);

            start = System.nanoTime();
            int bare = BareOkapiBaseline.extractAndSegment(html, DocumentFormat.HTML, "en");
            report("okapi bare extract+segment", round, bare, start, html.length);

            start = System.nanoTime();
            writer.merge(html, DocumentFormat.HTML, "en", "tr", key -> java.util.Optional.empty());
            report("tessera merge (draft)", round, count[0], start, html.length);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "max heap %d MB, used now %d MB%n", runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static void report(String what, int round, int segments, long start, int bytes) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-28s round %d: %6d segments in %6.2f s = %7.0f segments/s, %.2f MB/s%n",
                what, round, segments, seconds, segments / seconds, bytes / 1048576.0 / seconds);
    }

    /** An article page repeated until it reaches the size: headings, paragraphs, links, bold, lists. */
    static byte[] generate(long size) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<title>Analysis</title></head><body>\n");
        int section = 0;
        while (html.length() < size) {
            section++;
            html.append("<h2>Section ").append(section).append(": why the corridor matters</h2>\n")
                    .append("<p>Shipping insurers raised their premiums again in March. Read <a href=\"/r/")
                    .append(section).append("\">the report</a> now. The agreement is <b>fragile</b>, and <i>nobody</i> ")
                    .append("expects it to last.<sup>").append(section).append("</sup> Ports in Odesa &amp; Izmail ")
                    .append("reopened on 3 May. Analysts at the U.S. bank said exports could rise by 12.5% this year.</p>\n")
                    .append("<ul><li>Wheat exports rose.</li><li>Maize exports fell, again.</li></ul>\n");
        }
        return html.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
