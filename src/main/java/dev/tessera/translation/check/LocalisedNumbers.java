package dev.tessera.translation.check;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a text the way its language writes them, so that {@code 1,500} in
 * English, {@code 1.500} in Turkish and {@code 1 500} in Russian all read as 1500, and
 * {@code 4.3} and {@code 4,3} as 4.3.
 *
 * <p>The language's decimal and grouping separators come from ICU4J's CLDR data
 * ({@link DecimalFormatSymbols}: decimal {@code .} for en, {@code ,} for tr and ru; ru groups
 * with a no-break space). ICU's own parser is not used for the values: it reads a number only
 * in the language's convention, while translators keep the source's ({@code 4.3} in a Turkish
 * target means 4.3), so the rules below read both.
 *
 * <p>The decimal separator decides a lone separator; a lone other separator followed by
 * exactly three digits groups thousands, otherwise it is taken for the other convention's
 * decimal point. With two kinds of
 * separator the last is the decimal one ({@code 1.500,5}, {@code 1,500.5}). A plain space
 * groups digits only in languages that group with spaces (ru); elsewhere it separates two
 * numbers. No-break and thin spaces always group. Signs and percent signs are not part of a
 * number ({@code %42,3} and {@code 42.3%} both read 42.3). What does not fit these patterns,
 * such as {@code 12.05.2024} or {@code 1.2.3}, is compared as written.
 */
final class LocalisedNumbers {

    /** A number as the text writes it, and its value in a comparable form. */
    record WrittenNumber(String written, String value) {
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:[.,\u0020\u00A0\u202F\u2009][0-9]+)*");

    private final char decimal;
    private final boolean spaceGroups;

    LocalisedNumbers(String lang) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(lang == null ? ULocale.ROOT
                : ULocale.forLanguageTag(lang));
        this.decimal = symbols.getDecimalSeparator();
        this.spaceGroups = CheckInput.isSpace(symbols.getGroupingSeparator());
    }

    /** The numbers of {@code text}, in order. */
    List<WrittenNumber> read(String text) {
        List<WrittenNumber> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            for (String piece : spaceGroups ? new String[] {token} : token.split(" ")) {
                interpret(piece, numbers);
            }
        }
        return numbers;
    }

    private void interpret(String token, List<WrittenNumber> numbers) {
        List<String> groups = new ArrayList<>();
        StringBuilder separators = new StringBuilder();
        int start = 0;
        for (int i = 0; i < token.length(); i++) {
            if (!isDigit(token.charAt(i))) {
                groups.add(token.substring(start, i));
                separators.append(token.charAt(i));
                start = i + 1;
            }
        }
        groups.add(token.substring(start));
        String value = value(groups, separators.toString());
        if (value != null) {
            numbers.add(new WrittenNumber(token, value));
        } else if (token.chars().anyMatch(CheckInput::isSpace)) {
            for (String piece : token.split("[\\s\u00A0\u202F\u2009]")) {
                interpret(piece, numbers);
            }
        } else {
            numbers.add(new WrittenNumber(token, token));
        }
    }

    /** The value of digit groups joined by separators; null when they fit no pattern. */
    private String value(List<String> groups, String separators) {
        int n = separators.length();
        if (n == 0) {
            return number(groups.get(0), "");
        }
        char last = separators.charAt(n - 1);
        if (uniform(separators)) {
            if (n == 1 && isPoint(last)) {
                String whole = groups.get(0);
                String after = groups.get(1);
                boolean thousands = last != decimal && whole.length() <= 3 && after.length() == 3;
                return thousands ? number(whole + after, "") : number(whole, after);
            }
            return grouped(groups) ? number(String.join("", groups), "") : null;
        }
        List<String> whole = groups.subList(0, n);
        String before = separators.substring(0, n - 1);
        boolean decimalLast = isPoint(last) && before.indexOf(last) < 0 && uniform(before);
        return decimalLast && grouped(whole) ? number(String.join("", whole), groups.get(n)) : null;
    }

    /** Thousands grouping: one to three digits, then groups of exactly three. */
    private static boolean grouped(List<String> groups) {
        if (groups.get(0).length() > 3) {
            return false;
        }
        return groups.stream().skip(1).allMatch(g -> g.length() == 3);
    }

    private static boolean uniform(String separators) {
        return separators.chars().distinct().count() <= 1;
    }

    private static boolean isPoint(char c) {
        return c == '.' || c == ',';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String number(String whole, String fraction) {
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
        return value.stripTrailingZeros().toPlainString();
    }
}
