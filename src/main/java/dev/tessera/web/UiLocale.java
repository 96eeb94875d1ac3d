package dev.tessera.web;

import dev.tessera.auth.Identities;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The language the pages speak to this request, and formatting in it. The signed-in user's
 * choice, kept on their account, wins; then the {@value #COOKIE} cookie (the language menu of
 * every page sets both, and the sign-in page only the cookie); otherwise the browser's
 * {@code Accept-Language}; otherwise English. Numbers, dates and the case of
 * language names follow that locale (Turkish "İngilizce", not "Ingilizce").
 */
@RequestScoped
public class UiLocale {

    public static final String COOKIE = "tessera-ui-lang";
    public static final List<String> SUPPORTED = List.of("en", "tr", "ru");

    private final Locale locale;

    public UiLocale(HttpHeaders headers, SecurityIdentity identity) {
        String chosen = identity.isAnonymous() ? null : identity.getAttribute(Identities.UI_LANG);
        this.locale = chosen != null && SUPPORTED.contains(chosen) ? Locale.forLanguageTag(chosen) : choose(headers);
    }

    static Locale choose(HttpHeaders headers) {
        var cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return Locale.forLanguageTag(cookie.getValue());
        }
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if (SUPPORTED.contains(wanted.getLanguage())) {
                return Locale.forLanguageTag(wanted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** A language's own display name in the page's language, first letter upper-cased in that language. */
    public String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String percent(double percent) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(percent) + "%";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
    }
}
