package dev.tessera.web;

import dev.tessera.progress.ProgressView;
import java.util.Locale;

/**
 * One language's progress as a bar: approved words solid, words waiting for review striped,
 * the rest empty; the numbers as text for the tooltip and for screen readers, so the bar
 * never speaks by colour alone. Widths are SVG attributes, as the page's CSP allows no inline
 * styles.
 *
 * @param approvedWidth   share approved, 0–100, as an SVG length
 * @param translatedWidth share waiting for review, 0–100
 */
public record ProgressBar(String lang, String langName, String approvedWidth, String translatedWidth,
                          String percent, String summary, boolean complete) {

    public static ProgressBar of(ProgressView p, UiLocale ui, UiText text) {
        int words = p.words();
        int approved = p.wordsByStatus().getOrDefault("APPROVED", 0);
        int translated = p.wordsByStatus().getOrDefault("TRANSLATED", 0);
        double approvedShare = p.complete() ? 100 : words == 0 ? 0 : 100.0 * approved / words;
        double translatedShare = words == 0 ? 0 : Math.min(100 - approvedShare, 100.0 * translated / words);
        String name = ui.languageName(p.lang());
        String summary = text.barSummary(name, ui.percent(p.percentApproved()), ui.number(approved),
                ui.number(translated), ui.number(words), ui.number(p.segmentsByStatus().getOrDefault("APPROVED", 0)),
                ui.number(p.segments()));
        return new ProgressBar(p.lang(), name, width(approvedShare), width(translatedShare),
                ui.percent(p.percentApproved()), summary, p.complete());
    }

    private static String width(double share) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0, Math.min(100, share)));
    }

    /** Where the striped part starts: right after the solid part. */
    public String translatedX() {
        return approvedWidth;
    }
}
