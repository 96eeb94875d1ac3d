package dev.tessera.tm;

import dev.tessera.api.ErrorCode;
import dev.tessera.common.Sha256;
import dev.tessera.api.Problems;
import dev.tessera.document.TmxReading;
import dev.tessera.document.TmxUnit;
import dev.tessera.language.Languages;
import dev.tessera.memory.MemoryEntries;
import dev.tessera.memory.NewEntry;
import dev.tessera.translation.SuggestionsAhead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Importing a TMX file into the memory: the file is read and checked whole first (a broken
 * one is refused with its line and reason, nothing written), then every unit's source with
 * each of its targets becomes an entry, in one transaction. TMX language tags are matched to
 * Tessera's languages by their primary language ({@code en-US} is {@code en}); targets in
 * other languages are counted and left out. Pairs the memory already holds stay as they are.
 *
 * <p>Dates: an entry's creation time is the target {@code <tuv>}'s {@code creationdate}, else
 * the {@code <tu>}'s, else the time of the import. When a file holds the same pair more than
 * once, the oldest date is kept (entries go in oldest first, repeats are left out); a pair
 * the memory already holds keeps its own dates. Where several entries match equally, the
 * newest comes first (suggestions and pre-translation), so the dates decide between them.
 * After the commit, waiting segments whose source an added entry matches exactly get their
 * stored suggestions computed again ({@link SuggestionsAhead}).
 */
@ApplicationScoped
@Transactional
public class TmxImport {

    /** What an import did. */
    public record Imported(int units, int pairs, int added, int known, List<String> languagesLeftOut) {
    }

    private final MemoryEntries entries;
    private final Languages languages;
    private final SuggestionsAhead suggestionsAhead;

    public TmxImport(MemoryEntries entries, Languages languages, SuggestionsAhead suggestionsAhead) {
        this.entries = entries;
        this.languages = languages;
        this.suggestionsAhead = suggestionsAhead;
    }

    public Imported importFile(byte[] bytes, String sourceLang, Long userId) {
        String source = sourceLang == null || sourceLang.isBlank() ? null : languages.require("sourceLang", sourceLang);
        String fileSource = TmxReading.check(bytes, source);
        String unitSource = configured(fileSource).orElseThrow(() -> Problems.of(ErrorCode.UNKNOWN_LANGUAGE,
                "The TMX source language '" + fileSource + "' is not one of Tessera's languages"));
        List<TmxUnit> units = TmxReading.units(bytes, fileSource);
        List<NewEntry> found = new ArrayList<>();
        TreeSet<String> leftOut = new TreeSet<>();
        for (TmxUnit unit : units) {
            unit.targets().forEach((locale, target) -> {
                Optional<String> lang = configured(locale).filter(l -> !l.equals(unitSource));
                if (lang.isPresent()) {
                    found.add(NewEntry.imported(unitSource, lang.get(), unit.source(), target, userId,
                            unit.created().get(locale)));
                } else if (configured(locale).isEmpty()) {
                    leftOut.add(locale);
                }
            });
        }
        int added = entries.addAll(found);
        found.forEach(e -> suggestionsAhead.refreshAfterCommit(e.targetLang(), Sha256.hex(e.source())));
        return new Imported(units.size(), found.size(), added, found.size() - added, List.copyOf(leftOut));
    }

    private Optional<String> configured(String locale) {
        String tag = locale.toLowerCase(Locale.ROOT).replace('_', '-');
        if (languages.isKnown(tag)) {
            return Optional.of(tag);
        }
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        return languages.isKnown(primary) ? Optional.of(primary) : Optional.empty();
    }
}
