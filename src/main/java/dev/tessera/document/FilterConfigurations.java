package dev.tessera.document;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.json.JSONFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.paragraphs.ParaPlainTextFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;

/**
 * Each format's filter and its parameters, in code and in this one place.
 *
 * <p>Merging re-runs the filter over the stored original, and only the same filter with the
 * same parameters finds the same text units again; so the configuration is fixed here, and its
 * {@link #fingerprint fingerprint} is stored with each revision to notice when it changes.
 * Filters are not thread-safe: every call to {@link #newFilter} builds a fresh one.
 */
public final class FilterConfigurations {

    /**
     * HTML: whitespace and character entities kept as written, quotes unescaped, so that an
     * identity merge gives the page back (Tessera decodes the references for translators and
     * writes them back itself: {@link HtmlEntities}); {@code alt} and {@code title} attributes
     * are translated, and so is the {@code content} of the search and social-card
     * {@code meta} tags (description, Open Graph and Twitter title, description and image
     * text; by {@code name} or {@code property}), so the published page carries translated SEO
     * text; keywords, site names and URLs are not prose and stay; {@code translate="no"} is respected; scripts and styles are skipped. Inline
     * {@code <code>} stays text inside its sentence: Okapi's INLINE_EXCLUDED rule would cut the
     * sentence in three text units, which is worse for translators than seeing the identifier.
     */
    static final String HTML_RULES = """
            assumeWellformed: false
            preserve_whitespace: true
            preserve_character_entities: true
            quoteModeDefined: true
            quoteMode: 0
            attributes:
              title: {ruleTypes: [ATTRIBUTE_TRANS]}
              alt: {ruleTypes: [ATTRIBUTE_TRANS], onlyTheseElements: [img, area, input, applet]}
              dir: {ruleTypes: [ATTRIBUTE_WRITABLE], allElementsExcept: [base, head, html, meta, param, script]}
              lang: {ruleTypes: [ATTRIBUTE_WRITABLE]}
              'xml:lang': {ruleTypes: [ATTRIBUTE_WRITABLE]}
            elements:
              meta:
                ruleTypes: [ATTRIBUTES_ONLY]
                translatableAttributes: {content: [[name, EQUALS, [description, 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']], [property, EQUALS, [description, 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']]]}
                writableLocalizableAttributes: {content: [http-equiv, EQUALS, [content-language, content-type]], charset}
              address: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              blockquote: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              caption: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              dd: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              dt: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              figcaption: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              h1: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              h2: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              h3: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              h4: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              h5: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              h6: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              legend: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              li: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              p: {ruleTypes: [TEXTUNIT], idAttributes: [id], elementType: paragraph}
              pre: {ruleTypes: [TEXTUNIT, PRESERVE_WHITESPACE], idAttributes: [id]}
              td: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              th: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              title: {ruleTypes: [TEXTUNIT], idAttributes: [id]}
              a: {ruleTypes: [INLINE], elementType: link, writableLocalizableAttributes: [href]}
              b: {ruleTypes: [INLINE], elementType: bold}
              i: {ruleTypes: [INLINE], elementType: italic}
              u: {ruleTypes: [INLINE], elementType: underlined}
              img: {ruleTypes: [INLINE], elementType: image, writableLocalizableAttributes: [src]}
              abbr: {ruleTypes: [INLINE]}
              acronym: {ruleTypes: [INLINE]}
              bdi: {ruleTypes: [INLINE]}
              bdo: {ruleTypes: [INLINE]}
              big: {ruleTypes: [INLINE]}
              br: {ruleTypes: [INLINE]}
              cite: {ruleTypes: [INLINE]}
              code: {ruleTypes: [INLINE]}
              data: {ruleTypes: [INLINE]}
              del: {ruleTypes: [INLINE]}
              dfn: {ruleTypes: [INLINE]}
              em: {ruleTypes: [INLINE]}
              font: {ruleTypes: [INLINE]}
              ins: {ruleTypes: [INLINE]}
              kbd: {ruleTypes: [INLINE]}
              mark: {ruleTypes: [INLINE]}
              nobr: {ruleTypes: [INLINE]}
              q: {ruleTypes: [INLINE]}
              s: {ruleTypes: [INLINE]}
              samp: {ruleTypes: [INLINE]}
              small: {ruleTypes: [INLINE]}
              span: {ruleTypes: [INLINE]}
              strike: {ruleTypes: [INLINE]}
              strong: {ruleTypes: [INLINE]}
              sub: {ruleTypes: [INLINE]}
              sup: {ruleTypes: [INLINE]}
              time: {ruleTypes: [INLINE]}
              tt: {ruleTypes: [INLINE]}
              var: {ruleTypes: [INLINE]}
              wbr: {ruleTypes: [INLINE]}
              '.*': {ruleTypes: [EXCLUDE], conditions: [translate, EQUALS, 'no']}
              '.+': {ruleTypes: [INCLUDE], conditions: [translate, EQUALS, 'yes']}
              script: {ruleTypes: [EXCLUDE]}
              style: {ruleTypes: [EXCLUDE]}
              noscript: {ruleTypes: [EXCLUDE]}
              template: {ruleTypes: [EXCLUDE]}
            """;

    private record Setup(String filterId, Supplier<IFilter> factory) {
    }

    private static final Map<DocumentFormat, Setup> SETUPS = new EnumMap<>(DocumentFormat.class);
    private static final Map<DocumentFormat, String> FINGERPRINTS = new EnumMap<>(DocumentFormat.class);

    static {
        SETUPS.put(DocumentFormat.HTML, new Setup("okf_html", FilterConfigurations::html));
        SETUPS.put(DocumentFormat.MARKDOWN, new Setup("okf_markdown", FilterConfigurations::markdown));
        SETUPS.put(DocumentFormat.PLAIN_TEXT, new Setup("okf_plaintext_paragraphs", ParaPlainTextFilter::new));
        SETUPS.put(DocumentFormat.DOCX, new Setup("okf_openxml", OpenXMLFilter::new));
        SETUPS.put(DocumentFormat.XLIFF_1_2, new Setup("okf_xliff", FilterConfigurations::xliff));
        SETUPS.put(DocumentFormat.XLIFF_2, new Setup("okf_xliff2", XLIFF2Filter::new));
        SETUPS.put(DocumentFormat.JSON, new Setup("okf_json", FilterConfigurations::json));
        for (DocumentFormat format : DocumentFormat.values()) {
            IParameters parameters = newFilter(format).getParameters();
            FINGERPRINTS.put(format, filterId(format) + "\n" + (parameters == null ? "" : parameters.toString()));
        }
    }

    private FilterConfigurations() {
    }

    /**
     * The filter id and its serialised parameters. Store it with a revision: if it differs at
     * merge time, text-unit and segment ids may no longer match.
     */
    public static String fingerprint(DocumentFormat format) {
        return FINGERPRINTS.get(format);
    }

    /** The Okapi filter configuration id used for the format. */
    public static String filterId(DocumentFormat format) {
        return SETUPS.get(format).filterId();
    }

    /** A new, configured filter, owned by the caller. */
    static IFilter newFilter(DocumentFormat format) {
        return SETUPS.get(format).factory().get();
    }

    private static IFilter html() {
        HtmlFilter filter = new HtmlFilter();
        filter.getParameters().fromString(HTML_RULES);
        return filter;
    }

    /** Markdown: code (fenced, indented, inline) and YAML front matter stay untranslated. */
    private static IFilter markdown() {
        MarkdownFilter filter = new MarkdownFilter();
        net.sf.okapi.filters.markdown.Parameters parameters = filter.getParameters();
        parameters.setTranslateFencedCodeBlocks(false);
        parameters.setTranslateIndentedCodeBlocks(false);
        parameters.setTranslateInlineCodeBlocks(false);
        parameters.setTranslateHeaderMetadata(false);
        return filter;
    }

    /** XLIFF 1.2: the merged file names the language it was merged into. */
    private static IFilter xliff() {
        XLIFFFilter filter = new XLIFFFilter();
        filter.getParameters().setAddTargetLanguage(true);
        filter.getParameters().setOverrideTargetLanguage(true);
        return filter;
    }

    /** JSON: string values (also in arrays), never keys; {@code /} written unescaped. */
    private static IFilter json() {
        JSONFilter filter = new JSONFilter();
        net.sf.okapi.filters.json.Parameters parameters = (net.sf.okapi.filters.json.Parameters) filter.getParameters();
        parameters.setExtractAllPairs(true);
        parameters.setExtractStandalone(true);
        parameters.setEscapeForwardSlashes(false);
        return filter;
    }
}
