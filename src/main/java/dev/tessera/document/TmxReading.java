package dev.tessera.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.tmx.TmxFilter;

/**
 * Reads a TMX 1.4b file with Okapi's TMX filter into {@link TmxUnit}s, after
 * {@link TmxStructure} has checked it (no DTD or entities, the elements TMX requires): every
 * unit with its source and every target it has, in the inline notation. Units without a
 * source text are left out.
 */
public final class TmxReading {

    private static final String CREATIONDATE = "creationdate";
    /** TMX 1.4b's date format, {@code YYYYMMDDThhmmssZ} (UTC); the writer uses it too. */
    static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withResolverStyle(ResolverStyle.STRICT);

    private TmxReading() {
    }

    /**
     * Checks the file ({@link TmxStructure}) and returns its source language: the header's
     * {@code srclang} or, when that is missing or {@code *all*}, {@code sourceLang}; throws
     * {@link DocumentException} for a malformed or unsafe file, or when neither names it.
     */
    public static String check(byte[] bytes, String sourceLang) {
        String declared = TmxStructure.check(bytes);
        String source = declared == null || declared.isBlank() || "*all*".equalsIgnoreCase(declared) ? sourceLang : declared;
        if (source == null || source.isBlank()) {
            throw new DocumentException(DocumentException.Kind.MALFORMED,
                    "The TMX header declares no srclang; name the source language (sourceLang)");
        }
        return source;
    }

    /** The units of a file that {@link #check} accepted, with {@code source} as their source language. */
    public static List<TmxUnit> units(byte[] bytes, String source) {
        List<TmxUnit> units = new ArrayList<>();
        TmxFilter filter = new TmxFilter();
        filter.getParameters().setProcessAllTargets(true);
        filter.getParameters().setExitOnInvalid(true);
        try (RawDocument document = new RawDocument(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(),
                LocaleId.fromString(source), LocaleId.EMPTY)) {
            filter.open(document);
            int unit = 0;
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    unit++;
                    ITextUnit tu = event.getTextUnit();
                    String text = notation(tu.getSource().getUnSegmentedContentCopy());
                    if (text.isBlank()) {
                        continue;
                    }
                    Map<String, String> targets = new LinkedHashMap<>();
                    Map<String, Instant> created = new LinkedHashMap<>();
                    Instant unitCreated = date(tu.getProperty(CREATIONDATE), unit);
                    for (LocaleId locale : tu.getTargetLocales()) {
                        TextContainer container = tu.getTarget(locale);
                        String target = notation(container.getUnSegmentedContentCopy());
                        if (!target.isBlank()) {
                            targets.put(locale.toBCP47(), target);
                            Instant when = date(container.getProperty(CREATIONDATE), unit);
                            if (when != null || unitCreated != null) {
                                created.put(locale.toBCP47(), when != null ? when : unitCreated);
                            }
                        }
                    }
                    units.add(new TmxUnit(unit, text, targets, created));
                }
            }
        } catch (OkapiException e) {
            throw new DocumentException(DocumentException.Kind.MALFORMED,
                    "The TMX file could not be read: " + e.getMessage(), e);
        } finally {
            filter.close();
        }
        return units;
    }

    /**
     * A TMX date ({@code YYYYMMDDThhmmssZ}, UTC, as TMX 1.4b writes it); null for none; a
     * {@link DocumentException} naming the unit for anything else.
     */
    static Instant date(Property property, int unit) {
        if (property == null || property.getValue() == null || property.getValue().isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(property.getValue().strip(), TMX_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new DocumentException(DocumentException.Kind.MALFORMED, "Unit " + unit + ": creationdate '"
                    + property.getValue() + "' is not a TMX date (YYYYMMDDThhmmssZ)", e);
        }
    }

    private static String notation(TextFragment fragment) {
        return InlineNotation.render(Fragments.content(fragment));
    }
}
