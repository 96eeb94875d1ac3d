package dev.tessera.document;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a filter may rewrite a document that is merged with every target equal to its
 * source. Each one is a normalisation applied to both original and output; a round-trip test
 * lists the differences it expects for a file and asserts that, after exactly those
 * normalisations, nothing else differs. docs/DOCUMENTS.md has the table.
 */
enum KnownDifference {
    /** The output is UTF-8: a charset declaration is rewritten to UTF-8, or added when missing. */
    CHARSET_DECLARATION {
        @Override
        String normalise(String text) {
            return text.replaceAll("(?i)charset=[\\w-]+", "charset=UTF-8")
                    .replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">", "");
        }
    },
    /** Unquoted attribute values in tags are written in double quotes. */
    ATTRIBUTE_QUOTES {
        @Override
        String normalise(String text) {
            return inTags(text, tag -> {
                Matcher attribute = ATTRIBUTE.matcher(tag);
                StringBuilder out = new StringBuilder(tag.length() + 8);
                while (attribute.find()) {
                    String value = attribute.group(2);
                    String quoted = value.startsWith("\"") || value.startsWith("'") ? value : "\"" + value + "\"";
                    attribute.appendReplacement(out, Matcher.quoteReplacement(attribute.group(1) + "=" + quoted));
                }
                attribute.appendTail(out);
                return out.toString();
            });
        }
    },
    /** Line breaks and runs of whitespace inside a tag become one space. */
    WHITESPACE_IN_TAGS {
        @Override
        String normalise(String text) {
            return inTags(text, tag -> tag.replaceAll("\\s+", " "));
        }
    },
    /** In translated attribute values (alt, title) an apostrophe is written {@code &apos;} and {@code &nbsp;} as the character. */
    ATTRIBUTE_ENTITIES {
        @Override
        String normalise(String text) {
            return text.replace("&apos;", "'").replace("&nbsp;", "\u00A0");
        }
    },
    /** Markdown: the character reference {@code &#39;} in text is written as an apostrophe. */
    MARKDOWN_CHARACTER_REFERENCES {
        @Override
        String normalise(String text) {
            return text.replace("&#39;", "'");
        }
    },
    /** Markdown: blank lines inside an indented block get the block's indentation. */
    BLANK_LINE_INDENTATION {
        @Override
        String normalise(String text) {
            return text.replaceAll("(?m)^[ \\t]+$", "");
        }
    };

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s[\\w:-]+)=(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)");

    abstract String normalise(String text);

    static String normaliseAll(String text, Set<KnownDifference> differences) {
        String result = text;
        for (KnownDifference difference : differences) {
            result = difference.normalise(result);
        }
        return result;
    }

    private static String inTags(String text, java.util.function.UnaryOperator<String> change) {
        Matcher matcher = TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(change.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
