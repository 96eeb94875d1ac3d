package dev.tessera.language;

import dev.tessera.api.ErrorCode;
import dev.tessera.api.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The languages the newsroom publishes in ({@code tessera.languages}), checked once at start. */
@ApplicationScoped
public class Languages {

    private final List<String> codes;

    public Languages(@ConfigProperty(name = "tessera.languages") List<String> configured) {
        this.codes = configured.stream().map(String::trim).map(Languages::canonical).distinct().toList();
    }

    private static String canonical(String code) {
        try {
            return new Locale.Builder().setLanguageTag(code).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("tessera.languages: '" + code + "' is not a BCP-47 language tag", e);
        }
    }

    public List<String> codes() {
        return codes;
    }

    public boolean isKnown(String code) {
        return code != null && codes.contains(code);
    }

    /** Returns the code when it is configured, else throws a 400 problem naming the field. */
    public String require(String field, String code) {
        if (!isKnown(code)) {
            throw Problems.builder(ErrorCode.UNKNOWN_LANGUAGE,
                            field + ": '" + code + "' is not one of the configured languages " + codes)
                    .with("field", field)
                    .build();
        }
        return code;
    }

    /** The language's own name for itself, e.g. "Türkçe", "English", "русский". */
    public static String nativeName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        return locale.getDisplayName(locale);
    }
}
